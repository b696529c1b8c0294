/**
 * The learner's TLS certificates of 2.5.3.3, made for a proof (selftest, the walk) with `openssl` in the
 * folder the steps run in, under the book's file names: a CA (ca.pem, ca-key.pem), the daemon's
 * certificate (server-cert.pem, server-key.pem) for the names its extfile.cnf gives, and the client's
 * (cert.pem, key.pem, extendedKeyUsage clientAuth). The book's commands, without the CA key's passphrase
 * (-aes256) and with 2048-bit keys valid for a day: nothing here outlives the proof. The grade then reads
 * the client's from that folder as a learner's from DOCKER_CERT_PATH.
 */
import { execFile } from 'node:child_process';
import { chmod, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DockgradeError, ExitCode } from '../core/errors.js';

function openssl(args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('openssl', [...args], { cwd, timeout: 60_000 }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(
          new DockgradeError('openssl is not installed: the TLS exercise (2.5.3) makes its certificates with it', ExitCode.Usage, 'install openssl (apt-get install openssl), as the book does').inKorean(
            'openssl이 설치되어 있지 않습니다: TLS 실습(2.5.3)은 openssl로 인증서를 만듭니다',
            '책처럼 openssl을 설치하세요 (apt-get install openssl)',
          ),
        );
      }
      reject(new Error(`openssl ${args.join(' ')} failed: ${stderr.trim() || error.message}`));
    });
  });
}

/**
 * Makes the book's certificates in `folder` (which exists): ca.pem, ca-key.pem, server-cert.pem,
 * server-key.pem (for `subjectAltName`, `IP:127.0.0.1`), cert.pem, key.pem; the work files (CSRs, the
 * serial) are removed. Readable by the forwarder container's user (root) through a bind mount.
 */
export async function makeCertificates(folder: string, subjectAltName: string): Promise<void> {
  const run = (args: readonly string[]) => openssl(args, folder);
  await run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-sha256', '-subj', '/CN=dockgrade CA', '-keyout', 'ca-key.pem', '-out', 'ca.pem']);
  await run(['req', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-subj', '/CN=127.0.0.1', '-addext', `subjectAltName=${subjectAltName}`, '-keyout', 'server-key.pem', '-out', 'server.csr']);
  await run(['x509', '-req', '-days', '1', '-sha256', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-copy_extensions', 'copy', '-out', 'server-cert.pem']);
  await run(['req', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-subj', '/CN=client', '-addext', 'extendedKeyUsage=clientAuth', '-keyout', 'key.pem', '-out', 'client.csr']);
  await run(['x509', '-req', '-days', '1', '-sha256', '-in', 'client.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-copy_extensions', 'copy', '-out', 'cert.pem']);
  for (const file of await readdir(folder)) {
    if (/\.(csr|srl)$/.test(file)) await rm(join(folder, file), { force: true });
    else if (file.endsWith('.pem')) await chmod(join(folder, file), 0o644);
  }
}
