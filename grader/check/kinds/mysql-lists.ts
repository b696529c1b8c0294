/** Probe kind `mysql-DATABASE`: mysql inside the container lists the database. */
import { msg } from '../../core/i18n.js';
import type { ContainerTarget, ProbeCheck } from '../types.js';
import { fail, pass, type CheckOptions } from './check-builder.js';
import { execProbe } from './exec-probe.js';
import { josa } from '../../core/korean-particles.js';
import { defineKind } from './kind.js';

function lastLines(text: string, n = 3): string {
  return text.split('\n').filter((l) => l.trim()).slice(-n).join(' / ') || '(no output)';
}

/** `mysql -u<user> -p<password> -e 'show databases'` inside the container lists `database`. */
export function mysqlLists(target: ContainerTarget, login: { user: string; password: string; database: string }, options: CheckOptions = {}): ProbeCheck {
  // A password the catalog prints (the book's) is shown as it is (and `-p(hidden)` pasted is a shell
  // syntax error); any other one is shown as -p, which makes mysql ask for it.
  const shownFor = (publicWords: ReadonlySet<string>) =>
    publicWords.has(login.password) ? `mysql -u${login.user} -p${login.password} -e 'show databases'` : `mysql -u${login.user} -p -e 'show databases'`;
  return execProbe(
    target,
    {
      id: `mysql-${login.database}`,
      title: msg(`mysql에 ${login.database} 데이터베이스`, `mysql lists database ${login.database}`),
      cmd: ['mysql', `-u${login.user}`, `-p${login.password}`, '-e', 'show databases'],
      shown: shownFor(new Set()),
      explain: (n) => {
        const shown = shownFor(n.publicWords ?? new Set());
        return msg(
          `컨테이너 안의 mysql에 ${login.database} 데이터베이스가 있어야 합니다 (-e MYSQL_DATABASE=${login.database}): docker exec -it ${target.name ? n.name(target.name) : '<이름>'} ${shown}`,
          `mysql inside the container has the database ${login.database} (-e MYSQL_DATABASE=${login.database}): docker exec -it ${target.name ? n.name(target.name) : '<name>'} ${shown}`,
        );
      },
      judge: (run, c, ctx) => {
        const shown = shownFor(ctx.publicWords);
        const exec = `docker exec -it ${c.name} ${shown}`;
        const databases = run.output.split('\n').map((l) => l.trim()).filter((l) => l && l !== 'Database' && !/^mysql: \[Warning\]/.test(l));
        if (run.ok && databases.includes(login.database)) {
          return pass(msg(`${shown}에 ${josa(login.database, '이/가')} 보입니다`, `${shown} lists ${login.database}`), { expected: login.database, actual: databases.join(', ') });
        }
        if (run.ok) {
          return fail(msg(`${login.database} 데이터베이스가 없습니다 (있는 것: ${databases.join(', ')})`, `no database ${login.database} (found ${databases.join(', ')})`), {
            expected: login.database,
            actual: databases.join(', '),
            hint: msg(
              `MYSQL_DATABASE는 빈 데이터 디렉터리로 처음 시작할 때만 만들어집니다. 컨테이너와 볼륨(-v)을 지우고 -e MYSQL_DATABASE=${josa(login.database, '으로/로')} 다시 만드세요: docker rm -f -v ${c.name} && ${target.create(ctx)}`,
              `MYSQL_DATABASE creates the database only when mysql starts on an empty data directory: remove the container with its volume (-v) and run it again with -e MYSQL_DATABASE=${login.database}: docker rm -f -v ${c.name} && ${target.create(ctx)}`,
            ),
          });
        }
        if (/Access denied/i.test(run.output)) {
          return fail(msg(`mysql이 ${login.user} 로그인을 거부했습니다`, `mysql refused the ${login.user} login`), {
            expected: login.database,
            actual: lastLines(run.output, 1),
            hint: msg(`MYSQL_ROOT_PASSWORD가 책과 같은지 확인하세요: ${exec}`, `check that MYSQL_ROOT_PASSWORD is the book's: ${exec}`),
          });
        }
        if (/ERROR 2002|Can't connect|starting/i.test(run.output)) {
          return fail(msg('mysqld가 아직 준비되지 않았습니다 (초기화 중일 수 있습니다)', 'mysqld does not answer yet (it may still be initialising)'), {
            expected: login.database,
            actual: lastLines(run.output, 1),
            hint: msg(`몇 초 뒤 다시 확인하고 로그를 보세요: docker logs ${c.name}`, `wait a few seconds and check again; see docker logs ${c.name}`),
          });
        }
        return fail(msg(`${shown} 실패 (종료 코드 ${run.code ?? '없음'}): ${lastLines(run.output)}`, `${shown} failed (exit ${run.code ?? 'none'}): ${lastLines(run.output)}`), {
          expected: login.database,
          actual: lastLines(run.output),
          hint: msg(`직접 실행해 보세요: ${exec}`, `try it yourself: ${exec}`),
        });
      },
    },
    options,
  );
}

export const mysqlListsKind = defineKind({
  name: 'mysql-lists',
  code: 'DG303',
  target: 'container',
  docs: msg('컨테이너 안의 mysql에 데이터베이스가 있음', 'mysql inside the container lists the database'),
  params: (z) => z.object({ user: z.string().min(1), password: z.string(), database: z.string().min(1) }).strict(),
  build: ({ target, params, options }) => mysqlLists(target!, { user: params.user, password: params.password, database: params.database }, options),
});
