// Generated from exercises/*.yaml by scripts/compile-exercises.mjs (grader/check/exercise/catalog-compile.ts). Do not edit.
import type { CompiledExercise } from '../grader/check/exercise/compiled-exercise.js';

/** The built-in exercise files, compiled, in book order. */
export const COMPILED_EXERCISES: readonly CompiledExercise[] = [
  {
    "id": "2.2.1/run-ubuntu",
    "section": "2.2.1",
    "order": 1,
    "source": "exercises/2.2.1-run-ubuntu.yaml",
    "title": {
      "ko": "첫 번째 컨테이너 실행",
      "en": "Run your first container"
    },
    "goal": {
      "ko": "ubuntu:14.04 이미지로 -i -t 옵션을 주어 컨테이너를 실행하고, Ctrl+P, Q로 컨테이너를 멈추지 않고 빠져나옵니다.",
      "en": "Run a container from ubuntu:14.04 with -i -t, then leave it with Ctrl+P, Q so it keeps running."
    },
    "commands": [
      "docker run -i -t ubuntu:14.04"
    ],
    "unnamed": "run-ubuntu",
    "targets": {
      "ubuntu": {
        "match": {
          "repository": "ubuntu",
          "ports": "none"
        },
        "describe": {
          "ko": "ubuntu 이미지로 만든 컨테이너",
          "en": "container made from an ubuntu image"
        },
        "create": [
          "run",
          "-i",
          "-t",
          "ubuntu:14.04"
        ]
      }
    },
    "checks": [
      {
        "kind": "image",
        "target": "ubuntu",
        "points": 2,
        "params": {
          "reference": "ubuntu:14.04"
        }
      },
      {
        "kind": "run-flag",
        "target": "ubuntu",
        "params": {
          "flag": "-i"
        }
      },
      {
        "kind": "run-flag",
        "target": "ubuntu",
        "params": {
          "flag": "-t"
        }
      },
      {
        "kind": "running",
        "target": "ubuntu",
        "params": {}
      }
    ],
    "solution": [
      [
        "run",
        "-d",
        "-i",
        "-t",
        "ubuntu:14.04"
      ]
    ],
    "mutations": [
      {
        "check": "image",
        "description": {
          "ko": "다른 태그",
          "en": "another tag"
        },
        "steps": [
          [
            "tag",
            "ubuntu:14.04",
            "ubuntu:16.04"
          ],
          [
            "run",
            "-d",
            "-i",
            "-t",
            "ubuntu:16.04"
          ]
        ]
      },
      {
        "check": "stdin",
        "description": {
          "ko": "-i 없음",
          "en": "no -i"
        },
        "steps": [
          [
            "run",
            "-d",
            "-t",
            "ubuntu:14.04"
          ]
        ]
      },
      {
        "check": "tty",
        "description": {
          "ko": "-t 없음",
          "en": "no -t"
        },
        "steps": [
          [
            "run",
            "-d",
            "-i",
            "ubuntu:14.04"
          ]
        ]
      },
      {
        "check": "running",
        "description": {
          "ko": "exit로 빠져나와 멈춤",
          "en": "left with exit, so it stopped"
        },
        "steps": [
          [
            "run",
            "-d",
            "-i",
            "-t",
            "--name",
            "run-ubuntu",
            "ubuntu:14.04"
          ],
          [
            "stop",
            "-t",
            "1",
            "run-ubuntu"
          ]
        ]
      }
    ],
    "creates": [
      "run-ubuntu"
    ]
  },
  {
    "id": "2.2.1/pull-centos",
    "section": "2.2.1",
    "order": 2,
    "source": "exercises/2.2.1-pull-centos.yaml",
    "title": {
      "ko": "이미지 내려받기",
      "en": "Pull an image"
    },
    "goal": {
      "ko": "docker pull로 centos:7 이미지를 내려받고 docker images로 확인합니다.",
      "en": "Pull the centos:7 image with docker pull and see it in docker images."
    },
    "commands": [
      "docker pull centos:7",
      "docker images"
    ],
    "targets": {},
    "checks": [
      {
        "kind": "image-present",
        "points": 2,
        "params": {
          "reference": "centos:7"
        }
      }
    ],
    "solution": [],
    "mutations": [
      {
        "check": "image-present",
        "description": {
          "ko": "centos:7 대신 centos:8을 받음",
          "en": "pulled centos:8 instead of centos:7"
        },
        "steps": [],
        "edit": {
          "retagImage": {
            "from": "centos:7",
            "to": "centos:8"
          }
        }
      }
    ],
    "creates": []
  },
  {
    "id": "2.2.1/create-mycentos",
    "section": "2.2.1",
    "order": 3,
    "source": "exercises/2.2.1-create-mycentos.yaml",
    "title": {
      "ko": "create, start, attach로 컨테이너 다루기",
      "en": "Create, start and attach a container"
    },
    "goal": {
      "ko": "docker create로 mycentos 컨테이너를 만들고, docker start로 시작한 뒤 docker attach로 들어갑니다. Ctrl+P, Q로 빠져나와 실행 중인 채로 둡니다.",
      "en": "Create the container mycentos with docker create, start it with docker start and enter it with docker attach; leave with Ctrl+P, Q so it keeps running."
    },
    "commands": [
      "docker create -i -t --name mycentos centos:7",
      "docker start mycentos",
      "docker attach mycentos"
    ],
    "targets": {
      "mycentos": {
        "name": "mycentos",
        "aliases": [
          "kmsCentos"
        ],
        "describe": {
          "ko": "컨테이너 mycentos",
          "en": "container mycentos"
        },
        "create": [
          "create",
          "-i",
          "-t",
          "--name",
          "mycentos",
          "centos:7"
        ]
      }
    },
    "checks": [
      {
        "kind": "exists",
        "target": "mycentos",
        "params": {}
      },
      {
        "kind": "image",
        "target": "mycentos",
        "params": {
          "reference": "centos:7"
        }
      },
      {
        "kind": "run-flag",
        "target": "mycentos",
        "params": {
          "flag": "-i"
        }
      },
      {
        "kind": "run-flag",
        "target": "mycentos",
        "params": {
          "flag": "-t"
        }
      },
      {
        "kind": "started",
        "target": "mycentos",
        "params": {}
      },
      {
        "kind": "running",
        "target": "mycentos",
        "requires": "started",
        "params": {}
      }
    ],
    "solution": [
      [
        "create",
        "-i",
        "-t",
        "--name",
        "mycentos",
        "centos:7"
      ],
      [
        "start",
        "mycentos"
      ]
    ],
    "mutations": [
      {
        "check": "exists",
        "description": {
          "ko": "블로그 글의 이름 kmsCentos",
          "en": "the blog post's name kmsCentos"
        },
        "steps": [
          [
            "create",
            "-i",
            "-t",
            "--name",
            "kmsCentos",
            "centos:7"
          ],
          [
            "start",
            "kmsCentos"
          ]
        ]
      },
      {
        "check": "image",
        "description": {
          "ko": "다른 태그",
          "en": "another tag"
        },
        "steps": [
          [
            "tag",
            "centos:7",
            "centos:8"
          ],
          [
            "create",
            "-i",
            "-t",
            "--name",
            "mycentos",
            "centos:8"
          ],
          [
            "start",
            "mycentos"
          ]
        ]
      },
      {
        "check": "stdin",
        "description": {
          "ko": "-i 없음",
          "en": "no -i"
        },
        "steps": [
          [
            "create",
            "-t",
            "--name",
            "mycentos",
            "centos:7"
          ],
          [
            "start",
            "mycentos"
          ]
        ]
      },
      {
        "check": "tty",
        "description": {
          "ko": "-t 없음",
          "en": "no -t"
        },
        "steps": [
          [
            "create",
            "-i",
            "--name",
            "mycentos",
            "centos:7"
          ],
          [
            "start",
            "mycentos"
          ]
        ]
      },
      {
        "check": "started",
        "description": {
          "ko": "만들기만 하고 시작하지 않음",
          "en": "created but never started"
        },
        "steps": [
          [
            "create",
            "-i",
            "-t",
            "--name",
            "mycentos",
            "centos:7"
          ]
        ]
      },
      {
        "check": "running",
        "description": {
          "ko": "exit로 빠져나와 멈춤",
          "en": "left with exit, so it stopped"
        },
        "steps": [
          [
            "create",
            "-i",
            "-t",
            "--name",
            "mycentos",
            "centos:7"
          ],
          [
            "start",
            "mycentos"
          ],
          [
            "stop",
            "-t",
            "1",
            "mycentos"
          ]
        ]
      }
    ],
    "creates": [
      "mycentos",
      "kmsCentos"
    ]
  }
];
