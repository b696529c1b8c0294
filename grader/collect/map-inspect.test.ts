import { readFileSync } from 'node:fs';
import { ContainerSchema, ImageSchema } from '../model/snapshot-schema.js';
import { mapContainer, mapImage, parseEnv, shortReference } from './map-inspect.js';

const load = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/inspect/${name}`, import.meta.url), 'utf8'));

describe('mapContainer on recorded inspect output', () => {
  // Recorded from: docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_PASSWORD=password --name dgrec-wp
  //   --link dgrec-db:mysql -p 80 -p 127.0.0.1:7777:8080 -v /tmp:/host-tmp:ro --memory 200m --cpus 0.5
  //   --restart=always --log-opt max-size=10k wordpress; docker network connect --alias alicek106 dgrec-net dgrec-wp
  const container = mapContainer(load('container-wordpress.json'));

  it('validates against the snapshot schema', () => {
    expect(ContainerSchema.safeParse(container).success).toBe(true);
  });

  it('maps names, image, state and flags', () => {
    expect(container.name).toBe('dgrec-wp');
    expect(container.image).toBe('wordpress');
    expect(container.state.status).toBe('running');
    expect(container.state.running).toBe(true);
    expect(container.tty).toBe(false);
    expect(container.attachStdout).toBe(false);
    expect(container.env.WORDPRESS_DB_HOST).toBe('mysql');
  });

  it('keeps configured and published bindings apart', () => {
    expect(container.portBindings['80/tcp']).toEqual([{ hostIp: '', hostPort: '' }]);
    expect(container.portBindings['8080/tcp']).toEqual([{ hostIp: '127.0.0.1', hostPort: '7777' }]);
    expect(Number(container.ports['80/tcp'][0].hostPort)).toBeGreaterThan(0);
  });

  it('maps links, binds, networks with aliases, limits, restart and log config', () => {
    expect(container.links).toEqual(['/dgrec-db:/dgrec-wp/mysql']);
    expect(container.binds).toEqual(['/tmp:/host-tmp:ro']);
    expect(container.mounts[0]).toMatchObject({ type: 'bind', source: '/tmp', destination: '/host-tmp', rw: false });
    expect(container.networks['dgrec-net'].aliases).toContain('alicek106');
    expect(container.resources.memory).toBe(200 * 1024 * 1024);
    expect(container.resources.nanoCpus).toBe(500_000_000);
    expect(container.restartPolicy.name).toBe('always');
    expect(container.logConfig).toEqual({ type: 'json-file', config: { 'max-size': '10k' } });
  });

  it('survives a sparse or odd inspect document', () => {
    const odd = mapContainer({ Id: 'x', Name: '/odd', State: { Status: 'weird' }, Config: { Env: ['A=1=2', 'B'] } });
    expect(ContainerSchema.safeParse(odd).success).toBe(true);
    expect(odd.state.status).toBe('exited');
    expect(odd.env).toEqual({ A: '1=2', B: '' });
  });
});

describe('mapImage', () => {
  it('maps tags, labels, config and layers of a stand-in image', () => {
    const image = mapImage(load('image-centos7.json'));
    expect(ImageSchema.safeParse(image).success).toBe(true);
    expect(image.tags).toContain('centos:7');
    expect(image.labels['dockgrade.stand-in']).toBe('true');
    expect(image.config.cmd).toEqual(['/bin/bash']);
    expect(image.layers).toBe(1);
  });
});

describe('helpers', () => {
  it('parses env entries at the first =', () => {
    expect(parseEnv(['X=a=b', 'Y=', 'Z'])).toEqual({ X: 'a=b', Y: '', Z: '' });
  });
  it('shortens docker.io references', () => {
    expect(shortReference('docker.io/library/ubuntu:14.04')).toBe('ubuntu:14.04');
    expect(shortReference('docker.io/alicek106/stress:latest')).toBe('alicek106/stress:latest');
  });
});
