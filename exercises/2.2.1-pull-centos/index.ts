import { defineExercise } from '../../grader/check/define.js';
import { imagePresent } from '../../grader/check/kinds/index.js';
import { msg } from '../../grader/core/i18n.js';

export default defineExercise({
  id: '2.2.1/pull-centos',
  section: '2.2.1',
  title: msg('이미지 내려받기', 'Pull an image'),
  goal: msg('docker pull로 centos:7 이미지를 내려받고 docker images로 확인합니다.', 'Pull the centos:7 image with docker pull and see it in docker images.'),
  commands: ['docker pull centos:7', 'docker images'],
  checks: [imagePresent('centos:7', { id: 'image-present', points: 2 })],
  // Pulling is what the learner does; offline, the stand-in image already carries the tag.
  solution: () => [],
  mutations: [
    {
      check: 'image-present',
      description: msg('centos:7 대신 centos:8을 받음', 'pulled centos:8 instead of centos:7'),
      steps: () => [],
      // A shared engine's centos:7 is not ours to remove: the mistake is shown by dropping the tag from the snapshot.
      edit: (snapshot) => ({
        ...snapshot,
        images: snapshot.images.map((i) => ({ ...i, tags: i.tags.map((t) => (t === 'centos:7' ? 'centos:8' : t)) })),
      }),
    },
  ],
});
