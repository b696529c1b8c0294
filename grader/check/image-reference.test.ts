import { makeContainer, makeImage, makeSnapshot } from '../../fixtures/snapshot-factory.js';
import { findImage, normalizeReference, repositoryOf, usesImage } from './image-reference.js';

describe('image references', () => {
  it('normalises tags and registries', () => {
    expect(normalizeReference('ubuntu')).toBe('ubuntu:latest');
    expect(normalizeReference('docker.io/library/mysql:5.7')).toBe('mysql:5.7');
    expect(normalizeReference('localhost:5000/app')).toBe('localhost:5000/app:latest');
    expect(repositoryOf('localhost:5000/app:1')).toBe('localhost:5000/app');
  });
  it('finds an image by tag and a container made from it by name or id', () => {
    const image = makeImage(['centos:7'], { id: `sha256:${'ab'.repeat(32)}` });
    const snapshot = makeSnapshot({ images: [image] });
    expect(findImage(snapshot, 'docker.io/library/centos:7')).toBe(image);
    expect(findImage(snapshot, 'centos:8')).toBeUndefined();
    expect(usesImage(makeContainer({ image: 'centos:7' }), snapshot, 'centos:7')).toBe(true);
    expect(usesImage(makeContainer({ image: image.id.replace(/^sha256:/, '').slice(0, 12) }), snapshot, 'centos:7')).toBe(true);
    expect(usesImage(makeContainer({ image: 'centos:8' }), snapshot, 'centos:7')).toBe(false);
  });
});
