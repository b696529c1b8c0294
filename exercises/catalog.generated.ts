// Generated from exercises/*.yaml by scripts/compile-exercises.mjs (grader/check/exercise/catalog-compile.ts). Do not edit.
import type { CompiledEntry, CompiledExercise } from '../grader/check/exercise/compiled-exercise.js';
import type { CatalogSection } from '../grader/pipeline/catalog.js';

/** Every built-in exercise file in book order, without its checks: what selecting, ordering and claiming names need. */
export const EXERCISE_INDEX: readonly CompiledEntry[] = [{"id":"2.2.1/run-ubuntu","section":"2.2.1","order":1,"commands":["docker run -i -t ubuntu:14.04"],"claims":[]},{"id":"2.2.1/pull-centos","section":"2.2.1","order":2,"commands":["docker pull centos:7","docker images"],"claims":[]},{"id":"2.2.1/create-mycentos","section":"2.2.1","order":3,"commands":["docker create -i -t --name mycentos centos:7","docker start mycentos","docker attach mycentos"],"claims":["kmsCentos","mycentos"]},{"id":"2.2.2/rename","section":"2.2.2","order":1,"commands":["docker ps","docker ps -a","docker rename angry_morse my_container"],"claims":[]},{"id":"2.2.3/remove","section":"2.2.3","order":1,"commands":["docker stop mycentos","docker rm mycentos","docker rm -f mycentos","docker container prune"],"claims":[]},{"id":"2.2.4/network-test","section":"2.2.4","order":1,"commands":["docker run -i -t --name network_test ubuntu:14.04","ifconfig"],"claims":["kms_network_test","network_test"]},{"id":"2.2.4/publish-80","section":"2.2.4","order":2,"commands":["docker run -i -t --name mywebserver -p 80:80 ubuntu:14.04","apt-get update","apt-get install apache2 -y","service apache2 start"],"claims":["kms_webServer","mywebserver"]},{"id":"2.2.4/publish-multi","section":"2.2.4","order":3,"commands":["docker run -i -t -p 3306:3306 -p 192.168.0.100:7777:80 ubuntu:14.04"],"claims":[]},{"id":"2.2.5/wordpressdb","section":"2.2.5","order":1,"commands":["docker run -d --name wordpressdb -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress mysql:5.7"],"claims":["wordpressdb"]},{"id":"2.2.5/wordpress","section":"2.2.5","order":2,"commands":["docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress","docker ps","docker port wordpress"],"claims":["wordpress"]},{"id":"2.2.5/exec-env","section":"2.2.5","order":3,"commands":["docker exec -i -t wordpressdb /bin/bash","echo $MYSQL_ROOT_PASSWORD","docker exec wordpress ls /"],"claims":["wordpressdb"]},{"id":"2.2.5/link-dependency","section":"2.2.5","order":4,"commands":["docker stop wordpress wordpressdb","docker start wordpress","docker start wordpressdb","docker start wordpress"],"claims":["wordpress"]},{"id":"2.2.6/host-volume","section":"2.2.6","order":1,"commands":["docker run -d --name wordpressdb_hostvolume -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress -v /home/wordpress_db:/var/lib/mysql mysql:5.7","docker run -d -e WORDPRESS_DB_PASSWORD=password --name wordpress_hostvolume --link wordpressdb_hostvolume:mysql -p 80 wordpress"],"claims":["wordpress_hostvolume","wordpressdb_hostvolume"]},{"id":"2.2.6/volumes-from","section":"2.2.6","order":2,"commands":["docker run -i -t --name volume_dummy alicek106/volume_test","docker run -i -t --name volume_overide -v /home/wordpress_db:/home/testdir_2 alicek106/volume_test","docker run -i -t --name volumes_from_container --volumes-from volume_overide ubuntu:14.04"],"claims":["volume_overide","volume_override","volumes_from_container"]},{"id":"2.2.6/myvolume","section":"2.2.6","order":3,"commands":["docker volume create --name myvolume","docker run -i -t --name myvolume_1 -v myvolume:/root/ ubuntu:14.04","echo hello, volume! >> /root/volume","docker run -i -t --name myvolume_2 -v myvolume:/root/ ubuntu:14.04","cat /root/volume"],"claims":["myvolume_1","myvolume_2"]},{"id":"2.2.6/anonymous-volume","section":"2.2.6","order":5,"commands":["docker run -i -t --name volume_auto -v /root ubuntu:14.04","docker volume ls"],"claims":["volume_auto"]},{"id":"2.2.6/mount-option","section":"2.2.6","order":6,"commands":["docker run -i -t --name mount_option_1 --mount type=volume,source=myvolume,target=/root ubuntu:14.04","docker run -i -t --name mount_option_2 --mount type=bind,source=/home/wordpress_db,target=/home/testdir ubuntu:14.04"],"claims":["mount_option_1","mount_option_2"]},{"id":"2.2.7/mybridge","section":"2.2.7","order":1,"commands":["docker network create --driver bridge mybridge","docker run -i -t --name mynetwork_container --net mybridge ubuntu:14.04","docker network disconnect mybridge mynetwork_container","docker network connect mybridge mynetwork_container"],"claims":["mynetwork_container"]},{"id":"2.2.7/custom-network","section":"2.2.7","order":2,"commands":["docker network create --driver=bridge --subnet=172.72.0.0/16 --ip-range=172.72.0.0/24 --gateway=172.72.0.1 my_custom_network"],"claims":[]},{"id":"2.2.7/host-none","section":"2.2.7","order":3,"commands":["docker run -i -t --name network_host --net host ubuntu:14.04","docker run -i -t --name network_none --net none ubuntu:14.04"],"claims":["network_host","network_none"]},{"id":"2.2.7/container-network","section":"2.2.7","order":4,"commands":["docker run -i -t -d --name network_container_1 ubuntu:14.04","docker run -i -t -d --name network_container_2 --net container:network_container_1 ubuntu:14.04"],"claims":["network_container_1","network_container_2"]},{"id":"2.2.7/net-alias","section":"2.2.7","order":5,"commands":["docker network create --driver bridge mybridge","docker run -i -t -d --name network_alias_container1 --net mybridge --net-alias alicek106 ubuntu:14.04","docker run -i -t -d --name network_alias_container2 --net mybridge --net-alias alicek106 ubuntu:14.04","docker run -i -t -d --name network_alias_container3 --net mybridge --net-alias alicek106 ubuntu:14.04","docker run -i -t --name network_alias_ping --net mybridge ubuntu:14.04","ping -c 1 alicek106"],"claims":["network_alias_container1","network_alias_container2","network_alias_container3","network_alias_ping"]},{"id":"2.2.7/macvlan","section":"2.2.7","order":6,"commands":["docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"],"claims":[]},{"id":"2.2.8/no-passwd-mysql","section":"2.2.8","order":1,"commands":["docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=1234 mysql:5.7","docker logs mysql","docker run -d --name no_passwd_mysql mysql:5.7","docker logs no_passwd_mysql"],"claims":["no_passwd_mysql"]},{"id":"2.2.8/log-test","section":"2.2.8","order":2,"commands":["docker run -i -t --log-opt max-size=10k --log-opt max-file=3 --name log-test ubuntu:14.04"],"claims":["log-test"]},{"id":"2.2.8/syslog","section":"2.2.8","order":3,"commands":["docker run -d --name syslog_container --log-driver=syslog ubuntu:14.04 echo syslogtest"],"claims":["syslog_container"]},{"id":"2.2.8/fluentd","section":"2.2.8","order":4,"commands":["docker run -p 80:80 -d --log-driver=fluentd --log-opt fluentd-address=192.168.0.101:24224 --log-opt tag=docker.nginx.webserver nginx"],"claims":[]},{"id":"2.2.9/memory-1g","section":"2.2.9","order":1,"commands":["docker run -d --memory=\"1g\" --name memory_1g nginx"],"claims":["memory_1g"]},{"id":"2.2.9/swap-500m","section":"2.2.9","order":2,"commands":["docker run -i -t --name swap_500m --memory=200m --memory-swap=500m ubuntu:14.04"],"claims":["swap_500m"]},{"id":"2.2.9/cpu-share","section":"2.2.9","order":3,"commands":["docker run -i -t --name cpu_share --cpu-shares 1024 ubuntu:14.04"],"claims":["cpu_share"]},{"id":"2.2.9/cpu-1024-512","section":"2.2.9","order":4,"commands":["docker run -d --name cpu_1024 --cpu-shares 1024 alicek106/stress stress --cpu 1","docker run -d --name cpu_512 --cpu-shares 512 alicek106/stress stress --cpu 1"],"claims":["cpu_1024","cpu_512"]},{"id":"2.2.9/cpuset-2","section":"2.2.9","order":5,"commands":["docker run -d --name cpuset_2 --cpuset-cpus=2 alicek106/stress stress --cpu 1"],"claims":["cpuset_2"]},{"id":"2.2.9/quota-1-4","section":"2.2.9","order":6,"commands":["docker run -d --name quota_1_4 --cpu-period=100000 --cpu-quota=25000 alicek106/stress stress --cpu 1"],"claims":["quota_1_4"]},{"id":"2.2.9/cpus-container","section":"2.2.9","order":7,"commands":["docker run -d --name cpus_container --cpus=0.5 alicek106/stress stress --cpu 1"],"claims":["cpus_container"]},{"id":"2.2.9/update-cpuset","section":"2.2.9","order":8,"commands":["docker update --cpuset-cpus=1 cpuset_2"],"claims":[]},{"id":"2.2.9/write-bps","section":"2.2.9","order":9,"commands":["docker run -it --device-write-bps /dev/xvda:1mb ubuntu:14.04","dd if=/dev/zero of=test.out bs=1M count=10 oflag=direct"],"claims":[]},{"id":"2.2.9/write-iops","section":"2.2.9","order":10,"commands":["docker run -it --device-write-iops /dev/xvda:5 ubuntu:14.04","dd if=/dev/zero of=test.out bs=1M count=10 oflag=direct","docker run -it --device-write-iops /dev/xvda:10 ubuntu:14.04"],"claims":[]},{"id":"2.3.1/commit","section":"2.3.1","order":1,"commands":["docker run -i -t --name commit_test ubuntu:14.04","echo test_first! >> first","docker commit -a \"alicek106\" -m \"my first commit\" commit_test commit_test:first","docker images"],"claims":[]},{"id":"2.3.2/commit-second","section":"2.3.2","order":1,"commands":["docker run -i -t --name commit_test2 commit_test:first","echo test_second! >> second","docker commit -a \"alicek106\" -m \"my second commit\" commit_test2 commit_test:second","docker inspect ubuntu:14.04","docker inspect commit_test:first","docker inspect commit_test:second"],"claims":[]},{"id":"2.3.3/export-import","section":"2.3.3","order":1,"commands":["docker save -o ubuntu_14_04.tar ubuntu:14.04","docker load -i ubuntu_14_04.tar","docker export -o rootFS.tar mycontainer","docker import rootFS.tar myimage:0.0"],"claims":[]},{"id":"2.3.4/tag","section":"2.3.4","order":1,"commands":["docker run -i -t --name commit_container1 ubuntu:14.04","echo my first push >> test","docker commit commit_container1 my-image-name:0.0","docker tag my-image-name:0.0 alicek106/my-image-name:0.0","docker push alicek106/my-image-name:0.0"],"claims":[]},{"id":"2.3.4/private-registry","section":"2.3.4","order":2,"commands":["docker run -d --name myregistry -p 5000:5000 --restart=always registry:2.6","curl localhost:5000/v2/","docker tag my-image-name:0.0 127.0.0.1:5000/my-image-name:0.0","docker push 127.0.0.1:5000/my-image-name:0.0","curl 127.0.0.1:5000/v2/_catalog"],"claims":["myregistry"]},{"id":"2.4.3/mybuild","section":"2.4.3","order":1,"commands":["mkdir dockerfile && cd dockerfile","echo test >> test.html","vi Dockerfile","docker build -t mybuild:0.0 ./","docker run -d -P --name myserver mybuild:0.0","docker port myserver"],"claims":["myserver"]},{"id":"2.4.3/multi-stage","section":"2.4.3","order":2,"commands":["docker build . -t go_helloworld","docker build . -t go_helloworld:multi-stage","docker images"],"claims":[]},{"id":"2.4.4/env","section":"2.4.4","order":1,"commands":["vi Dockerfile","docker build -t myenv:0.0 ./","docker run -i -t --name env_test myenv:0.0 /bin/bash","echo $test","docker run -i -t --name env_test_override -e test=myvalue myenv:0.0 /bin/bash"],"claims":["env_test","env_test_override"]},{"id":"2.4.4/volume","section":"2.4.4","order":2,"commands":["vi Dockerfile","docker build -t myvolume:0.0 .","docker run -itd --name volume_test myvolume:0.0","docker volume ls"],"claims":["volume_test"]},{"id":"2.4.4/arg","section":"2.4.4","order":3,"commands":["vi Dockerfile","docker build --build-arg my_arg=/home -t myarg:0.0 ./","docker run -i -t --name arg_test myarg:0.0","ls /home/mytouch"],"claims":["arg_test"]},{"id":"2.4.4/onbuild","section":"2.4.4","order":4,"commands":["docker build ./ -t onbuild_test:0.0","docker build -f ./Dockerfile2 ./ -t onbuild_test:0.1","docker run -i -t --rm onbuild_test:0.1 ls /"],"claims":[]},{"id":"2.4.4/stopsignal","section":"2.4.4","order":5,"commands":["docker build . -t stopsignal:0.0","docker run -itd --name stopsignal_container stopsignal:0.0","docker inspect stopsignal_container | grep Stop"],"claims":["stopsignal_container"]},{"id":"2.4.4/entrypoint","section":"2.4.4","order":7,"commands":["docker run -i -t --entrypoint=\"echo\" --name yes_entrypoint ubuntu:14.04 /bin/bash","docker build -t entrypoint_image:0.0 ./","docker run -d --name entrypoint_apache_server entrypoint_image:0.0 first second","docker logs entrypoint_apache_server"],"claims":["entrypoint_apache_server","yes_entrypoint"]},{"id":"2.5.5/python-sdk","section":"2.5.5","order":1,"commands":["import docker","client = docker.from_env()","container = client.containers.run('nginx', detach=True, ports={'80/tcp': 80})","docker ps"],"claims":[]}];

/** Section titles the exercise files give (`sectionTitles`), in reading order: the book's catalog adds those it lacks. */
export const FILE_SECTION_TITLES: readonly CatalogSection[] = [];

/** The built-in exercise files of each section, compiled, in book order: each made only when called. */
export const SECTIONS: Readonly<Record<string, () => readonly CompiledExercise[]>> = {
  "2.2.1": (): readonly CompiledExercise[] => [
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
  ],
  "2.2.2": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.2/rename",
      "section": "2.2.2",
      "order": 1,
      "source": "exercises/2.2.2-rename.yaml",
      "title": {
        "ko": "컨테이너 목록 보기와 이름 바꾸기",
        "en": "List containers and rename one"
      },
      "goal": {
        "ko": "docker ps와 docker ps -a로 컨테이너 목록을 보고, 엔진이 붙인 임의의 이름(예: angry_morse)을 docker rename으로 my_container로 바꿉니다.",
        "en": "List containers with docker ps and docker ps -a, then rename one with an engine-given name (such as angry_morse) to my_container with docker rename."
      },
      "commands": [
        "docker ps",
        "docker ps -a",
        "docker rename angry_morse my_container"
      ],
      "targets": {
        "myContainer": {
          "name": "my_container",
          "shared": true,
          "describe": {
            "ko": "컨테이너 my_container",
            "en": "container my_container"
          },
          "create": {
            "template": [
              "docker rename angry_morse ",
              {
                "h": "name",
                "a": [
                  {
                    "l": "my_container"
                  }
                ]
              }
            ]
          },
          "missingHint": {
            "ko": [
              {
                "if": {
                  "v": "engineNamed"
                },
                "then": [
                  "엔진이 붙인 이름의 컨테이너 ",
                  {
                    "v": "engineNamed"
                  },
                  "의 이름을 바꾸세요: docker rename ",
                  {
                    "v": "engineNamed"
                  },
                  " ",
                  {
                    "h": "name",
                    "a": [
                      {
                        "l": "my_container"
                      }
                    ]
                  }
                ],
                "else": [
                  "docker ps -a로 여러분의 컨테이너가 지금 가진 이름을 찾아 바꾸세요: docker rename 그_이름 ",
                  {
                    "h": "name",
                    "a": [
                      {
                        "l": "my_container"
                      }
                    ]
                  }
                ]
              }
            ],
            "en": [
              {
                "if": {
                  "v": "engineNamed"
                },
                "then": [
                  "rename your container ",
                  {
                    "v": "engineNamed"
                  },
                  ", named by the engine: docker rename ",
                  {
                    "v": "engineNamed"
                  },
                  " ",
                  {
                    "h": "name",
                    "a": [
                      {
                        "l": "my_container"
                      }
                    ]
                  }
                ],
                "else": [
                  "find the name your container has now with docker ps -a, then rename it: docker rename THAT_NAME ",
                  {
                    "h": "name",
                    "a": [
                      {
                        "l": "my_container"
                      }
                    ]
                  }
                ]
              }
            ]
          }
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "myContainer",
          "points": 1,
          "params": {}
        },
        {
          "kind": "renamed",
          "target": "myContainer",
          "points": 1,
          "requires": "exists",
          "params": {
            "from": "angry_morse"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "angry_morse",
          "ubuntu:14.04"
        ],
        [
          "rename",
          "angry_morse",
          "my_container"
        ]
      ],
      "mutations": [
        {
          "check": "renamed",
          "description": {
            "ko": "처음부터 --name my_container로 실행 (이름 바꾸기 없음)",
            "en": "run with --name my_container from the start (never renamed)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "my_container",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists",
          "description": {
            "ko": "하이픈으로 잘못 쓴 이름 my-container",
            "en": "renamed with a hyphen, my-container"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "angry_morse",
              "ubuntu:14.04"
            ],
            [
              "rename",
              "angry_morse",
              "my-container"
            ]
          ]
        }
      ],
      "creates": [
        "angry_morse",
        "my_container",
        "my-container"
      ]
    }
  ],
  "2.2.3": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.3/remove",
      "section": "2.2.3",
      "order": 1,
      "source": "exercises/2.2.3-remove.yaml",
      "title": {
        "ko": "컨테이너 삭제",
        "en": "Remove containers"
      },
      "goal": {
        "ko": "mycentos 컨테이너를 docker stop으로 멈춘 뒤 docker rm으로 지우고(실행 중이면 docker rm -f), docker container prune으로 정지된 컨테이너를 모두 지웁니다.",
        "en": "Stop the container mycentos with docker stop and remove it with docker rm (docker rm -f while it runs), then remove every stopped container with docker container prune."
      },
      "commands": [
        "docker stop mycentos",
        "docker rm mycentos",
        "docker rm -f mycentos",
        "docker container prune"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "container-absent",
          "id": "removed",
          "points": 2,
          "params": {
            "name": "mycentos",
            "aliases": [
              "kmsCentos"
            ],
            "create": "docker create -i -t --name mycentos centos:7"
          }
        },
        {
          "kind": "no-stopped-containers",
          "id": "no-stopped",
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
        ],
        [
          "stop",
          "-t",
          "1",
          "mycentos"
        ],
        [
          "rm",
          "mycentos"
        ]
      ],
      "mutations": [
        {
          "check": "removed",
          "description": {
            "ko": "mycentos를 지우지 않음 (실행 중)",
            "en": "mycentos left in place (running)"
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
            ]
          ]
        },
        {
          "check": "no-stopped",
          "description": {
            "ko": "prune하지 않아 정지된 컨테이너가 남음",
            "en": "no prune: a stopped container is left"
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
              "rm",
              "mycentos"
            ],
            [
              "run",
              "--name",
              "stopped",
              "ubuntu:14.04",
              "true"
            ]
          ]
        }
      ],
      "creates": [
        "mycentos",
        "stopped"
      ]
    }
  ],
  "2.2.4": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.4/network-test",
      "section": "2.2.4",
      "order": 1,
      "source": "exercises/2.2.4-network-test.yaml",
      "title": {
        "ko": "컨테이너의 네트워크 인터페이스 보기 (ifconfig)",
        "en": "See a container's network interfaces (ifconfig)"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 network_test 컨테이너를 -i -t로 실행하고, 안에서 ifconfig로 도커가 할당한 가상 IP(172.17.0.x)를 가진 eth0과 lo 인터페이스를 확인합니다. Ctrl+P, Q로 빠져나와 실행 중인 채로 둡니다.",
        "en": "Run the container network_test from ubuntu:14.04 with -i -t and see with ifconfig inside the eth0 interface with the virtual address Docker gave it (172.17.0.x) and lo; leave with Ctrl+P, Q so it keeps running."
      },
      "commands": [
        "docker run -i -t --name network_test ubuntu:14.04",
        "ifconfig"
      ],
      "targets": {
        "networkTest": {
          "name": "network_test",
          "aliases": [
            "kms_network_test"
          ],
          "describe": {
            "ko": "컨테이너 network_test",
            "en": "container network_test"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "network_test",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "networkTest",
          "params": {}
        },
        {
          "kind": "image",
          "target": "networkTest",
          "params": {
            "reference": "ubuntu:14.04"
          }
        },
        {
          "kind": "run-flag",
          "target": "networkTest",
          "params": {
            "flag": "-i"
          }
        },
        {
          "kind": "run-flag",
          "target": "networkTest",
          "params": {
            "flag": "-t"
          }
        },
        {
          "kind": "running",
          "target": "networkTest",
          "params": {}
        },
        {
          "kind": "interface-address",
          "target": "networkTest",
          "points": 2,
          "requires": "running",
          "params": {
            "interface": "eth0"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "network_test",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "블로그 글의 이름 kms_network_test",
            "en": "the blog post's name kms_network_test"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "kms_network_test",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 ubuntu:16.04",
            "en": "another tag, ubuntu:16.04"
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
              "--name",
              "network_test",
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
              "--name",
              "network_test",
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
              "--name",
              "network_test",
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
              "network_test",
              "ubuntu:14.04"
            ],
            [
              "stop",
              "-t",
              "1",
              "network_test"
            ]
          ]
        },
        {
          "check": "ifconfig",
          "description": {
            "ko": "네트워크 없이 실행 (--net none): eth0이 없음",
            "en": "run without a network (--net none): no eth0"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_test",
              "--net",
              "none",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "network_test",
        "kms_network_test"
      ]
    },
    {
      "id": "2.2.4/publish-80",
      "section": "2.2.4",
      "order": 2,
      "source": "exercises/2.2.4-publish-80.yaml",
      "title": {
        "ko": "컨테이너를 외부에 노출 (-p 80:80)",
        "en": "Publish a container on port 80"
      },
      "goal": {
        "ko": "mywebserver 컨테이너의 80번 포트를 호스트의 80번 포트에 바인딩하고, 컨테이너 안에 apache2를 설치해 시작합니다. 호스트의 80번 포트로 웹 서버에 접속할 수 있어야 합니다.",
        "en": "Bind port 80 of the container mywebserver to host port 80, install apache2 inside and start it: the web server answers on the host port 80."
      },
      "commands": [
        "docker run -i -t --name mywebserver -p 80:80 ubuntu:14.04",
        "apt-get update",
        "apt-get install apache2 -y",
        "service apache2 start"
      ],
      "targets": {
        "mywebserver": {
          "name": "mywebserver",
          "aliases": [
            "kms_webServer"
          ],
          "describe": {
            "ko": "컨테이너 mywebserver",
            "en": "container mywebserver"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "mywebserver",
            "-p",
            "80:80",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "mywebserver",
          "params": {}
        },
        {
          "kind": "image",
          "target": "mywebserver",
          "params": {
            "reference": "ubuntu:14.04"
          }
        },
        {
          "kind": "port-published",
          "target": "mywebserver",
          "id": "port-80",
          "points": 2,
          "params": {
            "containerPort": "80",
            "hostPort": "80"
          }
        },
        {
          "kind": "running",
          "target": "mywebserver",
          "params": {}
        },
        {
          "kind": "http-answers",
          "target": "mywebserver",
          "points": 2,
          "requires": [
            "port-80",
            "running"
          ],
          "params": {
            "containerPort": "80",
            "refusedHint": {
              "ko": [
                "컨테이너 안에서 apache2가 실행 중이지 않습니다: docker exec -it ",
                {
                  "v": "container"
                },
                " service apache2 start (설치 전이면 apt-get install apache2 -y 먼저)"
              ],
              "en": [
                "apache2 is not running inside the container: docker exec -it ",
                {
                  "v": "container"
                },
                " service apache2 start (install it first with apt-get install apache2 -y)"
              ]
            }
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "mywebserver",
          "-p",
          "80:80",
          "ubuntu:14.04"
        ],
        [
          "exec",
          "mywebserver",
          "apt-get",
          "update"
        ],
        [
          "exec",
          "mywebserver",
          "apt-get",
          "install",
          "apache2",
          "-y"
        ],
        [
          "exec",
          "mywebserver",
          "service",
          "apache2",
          "start"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "블로그 글의 이름 kms_webServer",
            "en": "the blog post's name kms_webServer"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "kms_webServer",
              "-p",
              "80:80",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "kms_webServer",
              "service",
              "apache2",
              "start"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 ubuntu:16.04",
            "en": "another tag, ubuntu:16.04"
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
              "--name",
              "mywebserver",
              "-p",
              "80:80",
              "ubuntu:16.04"
            ],
            [
              "exec",
              "mywebserver",
              "service",
              "apache2",
              "start"
            ]
          ]
        },
        {
          "check": "port-80",
          "description": {
            "ko": "다른 호스트 포트 -p 8080:80",
            "en": "another host port, -p 8080:80"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mywebserver",
              "-p",
              "8080:80",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "mywebserver",
              "service",
              "apache2",
              "start"
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
              "mywebserver",
              "-p",
              "80:80",
              "ubuntu:14.04"
            ],
            [
              "stop",
              "-t",
              "1",
              "mywebserver"
            ]
          ]
        },
        {
          "check": "http",
          "description": {
            "ko": "apache2를 시작하지 않음",
            "en": "apache2 never started"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mywebserver",
              "-p",
              "80:80",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "mywebserver",
        "kms_webServer"
      ]
    },
    {
      "id": "2.2.4/publish-multi",
      "section": "2.2.4",
      "order": 3,
      "source": "exercises/2.2.4-publish-multi.yaml",
      "title": {
        "ko": "여러 포트와 특정 호스트 IP에 바인딩",
        "en": "Publish several ports, one on a specific host address"
      },
      "goal": {
        "ko": "-p를 여러 번 써서 호스트의 3306번 포트를 컨테이너의 3306번 포트에, 호스트의 특정 IP의 7777번 포트를 컨테이너의 80번 포트에 바인딩합니다. IP는 호스트에 실제로 있는 주소여야 합니다 (책: 192.168.0.100).",
        "en": "Use -p twice: host port 3306 to container 3306, and port 7777 of one specific host address to container port 80. The address must exist on your host (the book uses 192.168.0.100)."
      },
      "commands": [
        "docker run -i -t -p 3306:3306 -p 192.168.0.100:7777:80 ubuntu:14.04"
      ],
      "unnamed": "publish-multi",
      "targets": {
        "multi": {
          "match": {
            "repository": "ubuntu",
            "ports": "bound"
          },
          "describe": {
            "ko": "포트를 바인딩한 ubuntu 컨테이너",
            "en": "ubuntu container with published ports"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "-p",
            "3306:3306",
            "-p",
            "127.0.0.1:7777:80",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "image",
          "target": "multi",
          "params": {
            "reference": "ubuntu:14.04"
          }
        },
        {
          "kind": "port-published",
          "target": "multi",
          "id": "port-3306",
          "points": 2,
          "params": {
            "containerPort": "3306",
            "hostPort": "3306",
            "variant": {
              "hostPort": "8080",
              "containerPort": "8080",
              "source": {
                "ko": "블로그 글",
                "en": "the blog post"
              }
            }
          }
        },
        {
          "kind": "port-published",
          "target": "multi",
          "id": "port-ip-7777",
          "points": 2,
          "params": {
            "containerPort": "80",
            "hostPort": "7777",
            "hostIp": "specific",
            "variant": {
              "hostPort": "6666",
              "containerPort": "80",
              "source": {
                "ko": "블로그 글",
                "en": "the blog post"
              }
            }
          }
        },
        {
          "kind": "running",
          "target": "multi",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "-p",
          "3306:3306",
          "-p",
          "127.0.0.1:7777:80",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 ubuntu:16.04",
            "en": "another tag, ubuntu:16.04"
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
              "-p",
              "3306:3306",
              "-p",
              "127.0.0.1:7777:80",
              "ubuntu:16.04"
            ]
          ]
        },
        {
          "check": "port-3306",
          "description": {
            "ko": "블로그 글의 -p 8080:8080",
            "en": "the blog post's -p 8080:8080"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "-p",
              "8080:8080",
              "-p",
              "127.0.0.1:7777:80",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "port-ip-7777",
          "description": {
            "ko": "IP 없이 -p 7777:80",
            "en": "-p 7777:80 without an address"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "-p",
              "3306:3306",
              "-p",
              "7777:80",
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
              "publish-multi",
              "-p",
              "3306:3306",
              "-p",
              "127.0.0.1:7777:80",
              "ubuntu:14.04"
            ],
            [
              "stop",
              "-t",
              "1",
              "publish-multi"
            ]
          ]
        }
      ],
      "creates": [
        "publish-multi"
      ]
    }
  ],
  "2.2.5": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.5/wordpressdb",
      "section": "2.2.5",
      "order": 1,
      "source": "exercises/2.2.5-wordpressdb.yaml",
      "title": {
        "ko": "데이터베이스 컨테이너 wordpressdb",
        "en": "The database container wordpressdb"
      },
      "goal": {
        "ko": "mysql:5.7 이미지로 wordpressdb 컨테이너를 -d로 실행하면서 -e로 root 비밀번호와 wordpress 데이터베이스를 설정합니다. 컨테이너 안의 mysql에 wordpress 데이터베이스가 있어야 합니다.",
        "en": "Run the container wordpressdb from mysql:5.7 detached (-d), setting the root password and the database wordpress with -e. The mysql inside lists the database wordpress."
      },
      "commands": [
        "docker run -d --name wordpressdb -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress mysql:5.7"
      ],
      "targets": {
        "wordpressdb": {
          "name": "wordpressdb",
          "describe": {
            "ko": "컨테이너 wordpressdb",
            "en": "container wordpressdb"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "wordpressdb",
            "-e",
            "MYSQL_ROOT_PASSWORD=password",
            "-e",
            "MYSQL_DATABASE=wordpress",
            "mysql:5.7"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "wordpressdb",
          "params": {}
        },
        {
          "kind": "image",
          "target": "wordpressdb",
          "params": {
            "reference": "mysql:5.7"
          }
        },
        {
          "kind": "env",
          "target": "wordpressdb",
          "params": {
            "name": "MYSQL_ROOT_PASSWORD",
            "value": "password"
          }
        },
        {
          "kind": "env",
          "target": "wordpressdb",
          "params": {
            "name": "MYSQL_DATABASE",
            "value": "wordpress"
          }
        },
        {
          "kind": "detached",
          "target": "wordpressdb",
          "params": {}
        },
        {
          "kind": "running",
          "target": "wordpressdb",
          "params": {}
        },
        {
          "kind": "mysql-lists",
          "target": "wordpressdb",
          "points": 2,
          "requires": [
            "running",
            "env-MYSQL_ROOT_PASSWORD",
            "env-MYSQL_DATABASE"
          ],
          "params": {
            "user": "root",
            "password": "password",
            "database": "wordpress"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "wordpressdb",
          "-e",
          "MYSQL_ROOT_PASSWORD=password",
          "-e",
          "MYSQL_DATABASE=wordpress",
          "mysql:5.7"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "밑줄을 넣은 이름 wordpress_db",
            "en": "named wordpress_db, with an underscore"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpress_db",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "태그 없이 mysql (= mysql:latest)",
            "en": "mysql without a tag (= mysql:latest)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ]
          ],
          "edit": {
            "containerImage": {
              "container": "wordpressdb",
              "image": "mysql"
            }
          }
        },
        {
          "check": "env-MYSQL_ROOT_PASSWORD",
          "description": {
            "ko": "다른 root 비밀번호",
            "en": "another root password"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=s3cr3t-Other",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ]
          ]
        },
        {
          "check": "env-MYSQL_DATABASE",
          "description": {
            "ko": "MYSQL_DATABASE 없음",
            "en": "no MYSQL_DATABASE"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "mysql:5.7"
            ]
          ]
        },
        {
          "check": "detached",
          "description": {
            "ko": "-d 없이 실행",
            "en": "run without -d"
          },
          "steps": [
            [
              "create",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "start",
              "wordpressdb"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "stop",
              "-t",
              "1",
              "wordpressdb"
            ]
          ]
        },
        {
          "check": "mysql-wordpress",
          "description": {
            "ko": "데이터베이스 없이 초기화된 서버 (이전 볼륨 재사용): show databases에 wordpress가 없음",
            "en": "a server initialised earlier without the database (a reused volume): show databases lacks wordpress"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "exec",
              "wordpressdb",
              "sh",
              "-c",
              "printf '#!/bin/sh\\nprintf \"Database\\\\ninformation_schema\\\\nmysql\\\\nperformance_schema\\\\nsys\\\\n\"\\n' > /usr/bin/mysql"
            ]
          ]
        }
      ],
      "creates": [
        "wordpressdb",
        "wordpress_db"
      ]
    },
    {
      "id": "2.2.5/wordpress",
      "section": "2.2.5",
      "order": 2,
      "source": "exercises/2.2.5-wordpress.yaml",
      "title": {
        "ko": "워드프레스 컨테이너와 --link",
        "en": "The wordpress container, linked to its database"
      },
      "goal": {
        "ko": "wordpress 이미지로 wordpress 컨테이너를 -d로 실행합니다. -e로 데이터베이스 접속 정보를 주고, --link wordpressdb:mysql로 데이터베이스 컨테이너를 mysql이라는 별명으로 링크하고, -p 80으로 컨테이너의 80번 포트를 호스트의 임의 포트에 바인딩합니다. 그 포트로 워드프레스가 응답해야 합니다.",
        "en": "Run the container wordpress from the wordpress image detached, give it the database settings with -e, link it to the database under the alias mysql with --link wordpressdb:mysql, and publish port 80 on a random host port with -p 80. WordPress answers on that port."
      },
      "commands": [
        "docker run -d -e WORDPRESS_DB_HOST=mysql -e WORDPRESS_DB_USER=root -e WORDPRESS_DB_PASSWORD=password --name wordpress --link wordpressdb:mysql -p 80 wordpress",
        "docker ps",
        "docker port wordpress"
      ],
      "targets": {
        "wordpress": {
          "name": "wordpress",
          "describe": {
            "ko": "컨테이너 wordpress",
            "en": "container wordpress"
          },
          "create": [
            "run",
            "-d",
            "-e",
            "WORDPRESS_DB_HOST=mysql",
            "-e",
            "WORDPRESS_DB_USER=root",
            "-e",
            "WORDPRESS_DB_PASSWORD=password",
            "--name",
            "wordpress",
            "--link",
            "wordpressdb:mysql",
            "-p",
            "80",
            "wordpress"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "wordpress",
          "params": {}
        },
        {
          "kind": "image",
          "target": "wordpress",
          "params": {
            "reference": "wordpress"
          }
        },
        {
          "kind": "env",
          "target": "wordpress",
          "params": {
            "name": "WORDPRESS_DB_HOST",
            "value": "mysql",
            "nearMisses": {
              "wordpressdb": {
                "ko": "책은 컨테이너 이름이 아니라 --link wordpressdb:mysql이 준 별명 mysql로 데이터베이스에 접속합니다",
                "en": "the book reaches the database by the alias --link wordpressdb:mysql gives it, mysql, not by the container name"
              }
            }
          }
        },
        {
          "kind": "env",
          "target": "wordpress",
          "params": {
            "name": "WORDPRESS_DB_USER",
            "value": "root"
          }
        },
        {
          "kind": "env",
          "target": "wordpress",
          "params": {
            "name": "WORDPRESS_DB_PASSWORD",
            "value": "password"
          }
        },
        {
          "kind": "link",
          "target": "wordpress",
          "points": 2,
          "params": {
            "to": "wordpressdb",
            "alias": "mysql"
          }
        },
        {
          "kind": "port-published",
          "target": "wordpress",
          "id": "port-80",
          "params": {
            "containerPort": "80",
            "hostPort": ""
          }
        },
        {
          "kind": "detached",
          "target": "wordpress",
          "params": {}
        },
        {
          "kind": "running",
          "target": "wordpress",
          "params": {}
        },
        {
          "kind": "http-answers",
          "target": "wordpress",
          "points": 2,
          "requires": [
            "port-80",
            "running",
            "image"
          ],
          "params": {
            "containerPort": "80",
            "refusedHint": {
              "ko": [
                "컨테이너 안의 웹 서버가 응답하지 않습니다 (이유는 docker logs ",
                {
                  "v": "container"
                },
                "에 있습니다). 책의 명령으로 다시 만드세요: docker rm -f ",
                {
                  "v": "container"
                },
                " && ",
                {
                  "v": "create"
                }
              ],
              "en": [
                "the web server inside does not answer (docker logs ",
                {
                  "v": "container"
                },
                " says why); recreate it with the book's command: docker rm -f ",
                {
                  "v": "container"
                },
                " && ",
                {
                  "v": "create"
                }
              ]
            },
            "serverErrorHint": {
              "ko": [
                "워드프레스는 데이터베이스에 연결하지 못하면 500을 냅니다: --link ",
                {
                  "h": "name",
                  "a": [
                    {
                      "l": "wordpressdb"
                    }
                  ]
                },
                ":mysql, WORDPRESS_DB_HOST=mysql, 비밀번호, 그리고 ",
                {
                  "h": "josa",
                  "a": [
                    {
                      "h": "name",
                      "a": [
                        {
                          "l": "wordpressdb"
                        }
                      ]
                    },
                    {
                      "l": "이/가"
                    }
                  ]
                },
                " 실행 중인지 확인하세요 (docker logs ",
                {
                  "v": "container"
                },
                ")"
              ],
              "en": [
                "WordPress answers 500 when it cannot reach its database: check --link ",
                {
                  "h": "name",
                  "a": [
                    {
                      "l": "wordpressdb"
                    }
                  ]
                },
                ":mysql, WORDPRESS_DB_HOST=mysql, the password, and that ",
                {
                  "h": "name",
                  "a": [
                    {
                      "l": "wordpressdb"
                    }
                  ]
                },
                " runs (docker logs ",
                {
                  "v": "container"
                },
                ")"
              ]
            },
            "accept": "page"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "wordpressdb",
          "-e",
          "MYSQL_ROOT_PASSWORD=password",
          "-e",
          "MYSQL_DATABASE=wordpress",
          "mysql:5.7"
        ],
        [
          "run",
          "-d",
          "-e",
          "WORDPRESS_DB_HOST=mysql",
          "-e",
          "WORDPRESS_DB_USER=root",
          "-e",
          "WORDPRESS_DB_PASSWORD=password",
          "--name",
          "wordpress",
          "--link",
          "wordpressdb:mysql",
          "-p",
          "80",
          "wordpress"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "오타 wordpres",
            "en": "a typo, wordpres"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpres",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "다른 이미지 (ubuntu:14.04의 웹 서버)",
            "en": "another image (a web server from ubuntu:14.04)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "ubuntu:14.04",
              "httpd",
              "-f",
              "-p",
              "80",
              "-h",
              "/var/www/html"
            ]
          ]
        },
        {
          "check": "env-WORDPRESS_DB_HOST",
          "description": {
            "ko": "별명 대신 컨테이너 이름 WORDPRESS_DB_HOST=wordpressdb",
            "en": "the container name instead of the alias, WORDPRESS_DB_HOST=wordpressdb"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=wordpressdb",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "env-WORDPRESS_DB_USER",
          "description": {
            "ko": "WORDPRESS_DB_USER 없음",
            "en": "no WORDPRESS_DB_USER"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "env-WORDPRESS_DB_PASSWORD",
          "description": {
            "ko": "다른 비밀번호",
            "en": "another password"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=hunter2-Other",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "link",
          "description": {
            "ko": "잘못된 별명 --link wordpressdb:db",
            "en": "the wrong alias, --link wordpressdb:db"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:db",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "port-80",
          "description": {
            "ko": "-p 없음",
            "en": "no -p"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "wordpress"
            ]
          ]
        },
        {
          "check": "detached",
          "description": {
            "ko": "-d 없이 실행",
            "en": "run without -d"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "create",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ],
            [
              "start",
              "wordpress"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ],
            [
              "stop",
              "-t",
              "1",
              "wordpress"
            ]
          ]
        },
        {
          "check": "http",
          "description": {
            "ko": "웹 서버 없이 실행 (--entrypoint sleep)",
            "en": "run with no web server (--entrypoint sleep)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "--entrypoint",
              "sleep",
              "wordpress",
              "600"
            ]
          ]
        }
      ],
      "creates": [
        "wordpressdb",
        "wordpress",
        "wordpres"
      ]
    },
    {
      "id": "2.2.5/exec-env",
      "section": "2.2.5",
      "order": 3,
      "source": "exercises/2.2.5-exec-env.yaml",
      "title": {
        "ko": "docker exec으로 컨테이너 안의 환경 변수 보기",
        "en": "See the environment inside a container with docker exec"
      },
      "goal": {
        "ko": "docker exec -i -t wordpressdb /bin/bash로 실행 중인 wordpressdb에 들어가 echo $MYSQL_ROOT_PASSWORD로 -e로 준 환경 변수를 확인합니다. docker exec wordpress ls /처럼 결과만 받을 수도 있습니다.",
        "en": "Enter the running wordpressdb with docker exec -i -t wordpressdb /bin/bash and print the variable given with -e (echo $MYSQL_ROOT_PASSWORD). docker exec wordpress ls / returns just the output."
      },
      "commands": [
        "docker exec -i -t wordpressdb /bin/bash",
        "echo $MYSQL_ROOT_PASSWORD",
        "docker exec wordpress ls /"
      ],
      "targets": {
        "wordpressdb": {
          "name": "wordpressdb",
          "describe": {
            "ko": "컨테이너 wordpressdb",
            "en": "container wordpressdb"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "wordpressdb",
            "-e",
            "MYSQL_ROOT_PASSWORD=password",
            "-e",
            "MYSQL_DATABASE=wordpress",
            "mysql:5.7"
          ]
        }
      },
      "checks": [
        {
          "kind": "exec-seen",
          "target": "wordpressdb",
          "points": 4,
          "params": {
            "command": "docker exec -i -t wordpressdb /bin/bash"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "wordpressdb",
          "-e",
          "MYSQL_ROOT_PASSWORD=password",
          "-e",
          "MYSQL_DATABASE=wordpress",
          "mysql:5.7"
        ],
        [
          "exec",
          "wordpressdb",
          "sh",
          "-c",
          "echo $MYSQL_ROOT_PASSWORD"
        ]
      ],
      "mutations": [
        {
          "check": "exec-wordpressdb",
          "description": {
            "ko": "wordpress 안에서만 docker exec (wordpressdb 안에서는 하지 않음)",
            "en": "docker exec only in wordpress, none in wordpressdb"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ],
            [
              "exec",
              "wordpress",
              "ls",
              "/"
            ]
          ]
        }
      ],
      "creates": [
        "wordpressdb",
        "wordpress"
      ],
      "commandView": false
    },
    {
      "id": "2.2.5/link-dependency",
      "section": "2.2.5",
      "order": 4,
      "source": "exercises/2.2.5-link-dependency.yaml",
      "title": {
        "ko": "--link의 의존성: 링크 대상이 먼저 실행",
        "en": "The link dependency: the target must run first"
      },
      "goal": {
        "ko": "wordpress와 wordpressdb를 멈춘 뒤 docker start wordpress가 \"Cannot link to a non running container\"로 실패하는 것을 보고, wordpressdb를 먼저 시작한 다음 wordpress를 시작합니다.",
        "en": "Stop wordpress and wordpressdb, see docker start wordpress fail with \"Cannot link to a non running container\", then start wordpressdb first and wordpress after it."
      },
      "commands": [
        "docker stop wordpress wordpressdb",
        "docker start wordpress",
        "docker start wordpressdb",
        "docker start wordpress"
      ],
      "targets": {
        "wordpress": {
          "name": "wordpress",
          "describe": {
            "ko": "컨테이너 wordpress",
            "en": "container wordpress"
          },
          "create": [
            "run",
            "-d",
            "-e",
            "WORDPRESS_DB_HOST=mysql",
            "-e",
            "WORDPRESS_DB_USER=root",
            "-e",
            "WORDPRESS_DB_PASSWORD=password",
            "--name",
            "wordpress",
            "--link",
            "wordpressdb:mysql",
            "-p",
            "80",
            "wordpress"
          ]
        },
        "wordpressdb": {
          "name": "wordpressdb",
          "describe": {
            "ko": "컨테이너 wordpressdb",
            "en": "container wordpressdb"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "wordpressdb",
            "-e",
            "MYSQL_ROOT_PASSWORD=password",
            "-e",
            "MYSQL_DATABASE=wordpress",
            "mysql:5.7"
          ]
        }
      },
      "checks": [
        {
          "kind": "start-order",
          "target": "wordpress",
          "points": 4,
          "params": {
            "linkTarget": "wordpressdb"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "wordpressdb",
          "-e",
          "MYSQL_ROOT_PASSWORD=password",
          "-e",
          "MYSQL_DATABASE=wordpress",
          "mysql:5.7"
        ],
        [
          "run",
          "-d",
          "-e",
          "WORDPRESS_DB_HOST=mysql",
          "-e",
          "WORDPRESS_DB_USER=root",
          "-e",
          "WORDPRESS_DB_PASSWORD=password",
          "--name",
          "wordpress",
          "--link",
          "wordpressdb:mysql",
          "-p",
          "80",
          "wordpress"
        ],
        [
          "stop",
          "-t",
          "1",
          "wordpress",
          "wordpressdb"
        ],
        [
          "start",
          "wordpressdb"
        ],
        [
          "start",
          "wordpress"
        ]
      ],
      "mutations": [
        {
          "check": "start-order",
          "description": {
            "ko": "wordpress가 실행 중인 채로 wordpressdb만 다시 시작",
            "en": "wordpressdb restarted under a running wordpress"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_HOST=mysql",
              "-e",
              "WORDPRESS_DB_USER=root",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress",
              "--link",
              "wordpressdb:mysql",
              "-p",
              "80",
              "wordpress"
            ],
            [
              "restart",
              "-t",
              "1",
              "wordpressdb"
            ]
          ]
        }
      ],
      "creates": [
        "wordpressdb",
        "wordpress"
      ],
      "commandView": false
    }
  ],
  "2.2.6": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.6/host-volume",
      "section": "2.2.6",
      "order": 1,
      "source": "exercises/2.2.6-host-volume.yaml",
      "title": {
        "ko": "호스트 볼륨을 쓰는 데이터베이스 wordpressdb_hostvolume",
        "en": "The database on a host volume, wordpressdb_hostvolume"
      },
      "goal": {
        "ko": "mysql:5.7 이미지로 wordpressdb_hostvolume 컨테이너를 실행하면서 -v로 호스트의 /home/wordpress_db 디렉터리를 컨테이너의 /var/lib/mysql에 공유하고, wordpress_hostvolume 컨테이너가 --link로 그 데이터베이스를 mysql이라는 이름으로 씁니다. 데이터베이스의 데이터는 컨테이너가 아니라 호스트의 디렉터리에 남습니다.",
        "en": "Run the container wordpressdb_hostvolume from mysql:5.7, sharing the host directory /home/wordpress_db as the container's /var/lib/mysql with -v, and the container wordpress_hostvolume that reaches that database as mysql with --link. The data lives in the host directory, not in the container."
      },
      "commands": [
        "docker run -d --name wordpressdb_hostvolume -e MYSQL_ROOT_PASSWORD=password -e MYSQL_DATABASE=wordpress -v /home/wordpress_db:/var/lib/mysql mysql:5.7",
        "docker run -d -e WORDPRESS_DB_PASSWORD=password --name wordpress_hostvolume --link wordpressdb_hostvolume:mysql -p 80 wordpress"
      ],
      "targets": {
        "db": {
          "name": "wordpressdb_hostvolume",
          "describe": {
            "ko": "컨테이너 wordpressdb_hostvolume",
            "en": "container wordpressdb_hostvolume"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "wordpressdb_hostvolume",
            "-e",
            "MYSQL_ROOT_PASSWORD=password",
            "-e",
            "MYSQL_DATABASE=wordpress",
            "-v",
            "/home/wordpress_db:/var/lib/mysql",
            "mysql:5.7"
          ]
        },
        "wordpress": {
          "name": "wordpress_hostvolume",
          "describe": {
            "ko": "컨테이너 wordpress_hostvolume",
            "en": "container wordpress_hostvolume"
          },
          "create": [
            "run",
            "-d",
            "-e",
            "WORDPRESS_DB_PASSWORD=password",
            "--name",
            "wordpress_hostvolume",
            "--link",
            "wordpressdb_hostvolume:mysql",
            "-p",
            "80",
            "wordpress"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "db",
          "id": "exists-db",
          "params": {}
        },
        {
          "kind": "image",
          "target": "db",
          "params": {
            "reference": "mysql:5.7"
          }
        },
        {
          "kind": "field",
          "target": "db",
          "id": "host-volume",
          "params": {
            "field": "binds.0",
            "equals": "/home/wordpress_db:/var/lib/mysql"
          }
        },
        {
          "kind": "exists",
          "target": "wordpress",
          "id": "exists-wordpress",
          "params": {}
        },
        {
          "kind": "link",
          "target": "wordpress",
          "requires": [
            "exists-db",
            "exists-wordpress"
          ],
          "params": {
            "to": "wordpressdb_hostvolume",
            "alias": "mysql"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "wordpressdb_hostvolume",
          "-e",
          "MYSQL_ROOT_PASSWORD=password",
          "-e",
          "MYSQL_DATABASE=wordpress",
          "-v",
          "/home/wordpress_db:/var/lib/mysql",
          "mysql:5.7"
        ],
        [
          "run",
          "-d",
          "-e",
          "WORDPRESS_DB_PASSWORD=password",
          "--name",
          "wordpress_hostvolume",
          "--link",
          "wordpressdb_hostvolume:mysql",
          "-p",
          "80",
          "wordpress"
        ]
      ],
      "mutations": [
        {
          "check": "exists-db",
          "description": {
            "ko": "밑줄을 하나 더 넣은 이름 wordpressdb_host_volume",
            "en": "named wordpressdb_host_volume, with one more underscore"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb_host_volume",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "-v",
              "/home/wordpress_db:/var/lib/mysql",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress_hostvolume",
              "--link",
              "wordpressdb_host_volume:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "태그 없이 mysql (= mysql:latest)",
            "en": "mysql without a tag (= mysql:latest)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb_hostvolume",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "-v",
              "/home/wordpress_db:/var/lib/mysql",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress_hostvolume",
              "--link",
              "wordpressdb_hostvolume:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ],
          "edit": {
            "containerImage": {
              "container": "wordpressdb_hostvolume",
              "image": "mysql"
            }
          }
        },
        {
          "check": "host-volume",
          "description": {
            "ko": "-v 없음: 데이터가 컨테이너와 함께 사라짐",
            "en": "no -v: the data goes with the container"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb_hostvolume",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress_hostvolume",
              "--link",
              "wordpressdb_hostvolume:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "exists-wordpress",
          "description": {
            "ko": "이름 없이 실행한 워드프레스",
            "en": "the wordpress container run without --name"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb_hostvolume",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "-v",
              "/home/wordpress_db:/var/lib/mysql",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress_host",
              "--link",
              "wordpressdb_hostvolume:mysql",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        },
        {
          "check": "link",
          "description": {
            "ko": "다른 별명 db로 링크 (--link wordpressdb_hostvolume:db)",
            "en": "linked under another alias (--link wordpressdb_hostvolume:db)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "wordpressdb_hostvolume",
              "-e",
              "MYSQL_ROOT_PASSWORD=password",
              "-e",
              "MYSQL_DATABASE=wordpress",
              "-v",
              "/home/wordpress_db:/var/lib/mysql",
              "mysql:5.7"
            ],
            [
              "run",
              "-d",
              "-e",
              "WORDPRESS_DB_PASSWORD=password",
              "--name",
              "wordpress_hostvolume",
              "--link",
              "wordpressdb_hostvolume:db",
              "-p",
              "80",
              "wordpress"
            ]
          ]
        }
      ],
      "creates": [
        "wordpressdb_hostvolume",
        "wordpress_hostvolume",
        "wordpressdb_host_volume",
        "wordpress_host"
      ]
    },
    {
      "id": "2.2.6/volumes-from",
      "section": "2.2.6",
      "order": 2,
      "source": "exercises/2.2.6-volumes-from.yaml",
      "title": {
        "ko": "이미지의 디렉터리 위에 공유한 호스트 볼륨과 --volumes-from",
        "en": "A host volume over an image's directory, and --volumes-from"
      },
      "goal": {
        "ko": "alicek106/volume_test 이미지의 /home/testdir_2에는 test 파일이 있습니다 (volume_dummy 컨테이너에서 확인). volume_overide 컨테이너를 -v /home/wordpress_db:/home/testdir_2로 실행하면 호스트 디렉터리가 그 디렉터리를 덮어 test 파일이 보이지 않습니다. ubuntu:14.04 이미지로 volumes_from_container 컨테이너를 --volumes-from volume_overide로 실행해 volume_overide의 볼륨을 함께 씁니다. (volume_override로 쓴 이름도 받습니다.)",
        "en": "The image alicek106/volume_test has a file test in /home/testdir_2 (look in the container volume_dummy). Run volume_overide with -v /home/wordpress_db:/home/testdir_2: the host directory covers the image's directory and test is no longer seen. Then run volumes_from_container from ubuntu:14.04 with --volumes-from volume_overide, sharing volume_overide's volumes. (The spelling volume_override is taken too.)"
      },
      "commands": [
        "docker run -i -t --name volume_dummy alicek106/volume_test",
        "docker run -i -t --name volume_overide -v /home/wordpress_db:/home/testdir_2 alicek106/volume_test",
        "docker run -i -t --name volumes_from_container --volumes-from volume_overide ubuntu:14.04"
      ],
      "targets": {
        "override": {
          "name": "volume_overide",
          "aliases": [
            "volume_override"
          ],
          "describe": {
            "ko": "컨테이너 volume_overide",
            "en": "container volume_overide"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "volume_overide",
            "-v",
            "/home/wordpress_db:/home/testdir_2",
            "alicek106/volume_test"
          ]
        },
        "from": {
          "name": "volumes_from_container",
          "describe": {
            "ko": "컨테이너 volumes_from_container",
            "en": "container volumes_from_container"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "volumes_from_container",
            "--volumes-from",
            "volume_overide",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "override",
          "id": "exists-override",
          "params": {}
        },
        {
          "kind": "image",
          "target": "override",
          "params": {
            "reference": "alicek106/volume_test"
          }
        },
        {
          "kind": "field",
          "target": "override",
          "id": "bind-over",
          "requires": "exists-override",
          "params": {
            "field": "binds.0",
            "equals": "/home/wordpress_db:/home/testdir_2"
          }
        },
        {
          "kind": "exists",
          "target": "from",
          "id": "exists-from",
          "params": {}
        },
        {
          "kind": "field",
          "target": "from",
          "id": "volumes-from",
          "requires": [
            "exists-from",
            "exists-override"
          ],
          "params": {
            "field": "volumesFrom.0",
            "oneOf": [
              "{{name 'volume_overide'}}",
              "{{name 'volume_override'}}"
            ]
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "volume_dummy",
          "alicek106/volume_test"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "volume_overide",
          "-v",
          "/home/wordpress_db:/home/testdir_2",
          "alicek106/volume_test"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "volumes_from_container",
          "--volumes-from",
          "volume_overide",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists-override",
          "description": {
            "ko": "다른 이름 volume_over",
            "en": "another name, volume_over"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_dummy",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_over",
              "-v",
              "/home/wordpress_db:/home/testdir_2",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volumes_from_container",
              "--volumes-from",
              "volume_over",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "ubuntu:14.04 이미지로 실행: 덮을 test 파일이 없음",
            "en": "run from ubuntu:14.04: no test file to cover"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_dummy",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_overide",
              "-v",
              "/home/wordpress_db:/home/testdir_2",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volumes_from_container",
              "--volumes-from",
              "volume_overide",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "bind-over",
          "description": {
            "ko": "다른 경로 /home/testdir에 공유: 이미지의 /home/testdir_2는 그대로",
            "en": "shared at another path, /home/testdir: the image's /home/testdir_2 stays as it was"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_dummy",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_overide",
              "-v",
              "/home/wordpress_db:/home/testdir",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volumes_from_container",
              "--volumes-from",
              "volume_overide",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-from",
          "description": {
            "ko": "다른 이름 volume_from_container",
            "en": "another name, volume_from_container"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_dummy",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_overide",
              "-v",
              "/home/wordpress_db:/home/testdir_2",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_from_container",
              "--volumes-from",
              "volume_overide",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "volumes-from",
          "description": {
            "ko": "--volumes-from 없이 실행",
            "en": "run without --volumes-from"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_dummy",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_overide",
              "-v",
              "/home/wordpress_db:/home/testdir_2",
              "alicek106/volume_test"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volumes_from_container",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "volume_dummy",
        "volume_overide",
        "volumes_from_container",
        "volume_over",
        "volume_from_container"
      ]
    },
    {
      "id": "2.2.6/myvolume",
      "section": "2.2.6",
      "order": 3,
      "source": "exercises/2.2.6-myvolume.yaml",
      "title": {
        "ko": "두 컨테이너가 함께 쓰는 볼륨 myvolume",
        "en": "One volume, myvolume, shared by two containers"
      },
      "goal": {
        "ko": "docker volume create --name myvolume으로 볼륨을 만들고, ubuntu:14.04 이미지로 myvolume_1과 myvolume_2 컨테이너를 -v myvolume:/root/로 실행합니다. myvolume_1에서 /root/volume에 쓴 내용을 myvolume_2에서 읽을 수 있습니다.",
        "en": "Create the volume myvolume with docker volume create --name myvolume and run the containers myvolume_1 and myvolume_2 from ubuntu:14.04 with -v myvolume:/root/: what myvolume_1 writes to /root/volume, myvolume_2 reads."
      },
      "commands": [
        "docker volume create --name myvolume",
        "docker run -i -t --name myvolume_1 -v myvolume:/root/ ubuntu:14.04",
        "echo hello, volume! >> /root/volume",
        "docker run -i -t --name myvolume_2 -v myvolume:/root/ ubuntu:14.04",
        "cat /root/volume"
      ],
      "targets": {
        "one": {
          "name": "myvolume_1",
          "describe": {
            "ko": "컨테이너 myvolume_1",
            "en": "container myvolume_1"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "myvolume_1",
            "-v",
            "myvolume:/root/",
            "ubuntu:14.04"
          ]
        },
        "two": {
          "name": "myvolume_2",
          "describe": {
            "ko": "컨테이너 myvolume_2",
            "en": "container myvolume_2"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "myvolume_2",
            "-v",
            "myvolume:/root/",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "volume-exists",
          "params": {
            "name": "myvolume"
          }
        },
        {
          "kind": "exists",
          "target": "one",
          "id": "exists-1",
          "params": {}
        },
        {
          "kind": "field",
          "target": "one",
          "id": "mount-1",
          "requires": [
            "exists-1",
            "volume-myvolume"
          ],
          "params": {
            "field": "mounts.0.name",
            "equals": "{{name 'myvolume'}}"
          }
        },
        {
          "kind": "exists",
          "target": "two",
          "id": "exists-2",
          "params": {}
        },
        {
          "kind": "field",
          "target": "two",
          "id": "mount-2",
          "requires": [
            "exists-2",
            "volume-myvolume"
          ],
          "params": {
            "field": "mounts.0.name",
            "equals": "{{name 'myvolume'}}"
          }
        },
        {
          "kind": "file-contains",
          "target": "two",
          "id": "reads",
          "requires": [
            "mount-1",
            "mount-2"
          ],
          "params": {
            "path": "/root/volume",
            "text": "hello, volume!"
          }
        }
      ],
      "solution": [
        [
          "volume",
          "create",
          "--name",
          "myvolume"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "myvolume_1",
          "-v",
          "myvolume:/root/",
          "ubuntu:14.04"
        ],
        [
          "exec",
          "myvolume_1",
          "sh",
          "-c",
          "echo hello, volume! >> /root/volume"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "myvolume_2",
          "-v",
          "myvolume:/root/",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "volume-myvolume",
          "description": {
            "ko": "다른 이름 my_volume",
            "en": "another name, my_volume"
          },
          "steps": [
            [
              "volume",
              "create",
              "--name",
              "my_volume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_1",
              "-v",
              "my_volume:/root/",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "myvolume_1",
              "sh",
              "-c",
              "echo hello, volume! >> /root/volume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_2",
              "-v",
              "my_volume:/root/",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-1",
          "description": {
            "ko": "밑줄 없는 이름 myvolume1",
            "en": "named myvolume1, without the underscore"
          },
          "steps": [
            [
              "volume",
              "create",
              "--name",
              "myvolume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume1",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "myvolume1",
              "sh",
              "-c",
              "echo hello, volume! >> /root/volume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_2",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-1",
          "description": {
            "ko": "다른 볼륨 othervolume을 마운트",
            "en": "another volume mounted, othervolume"
          },
          "steps": [
            [
              "volume",
              "create",
              "--name",
              "myvolume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_1",
              "-v",
              "othervolume:/root/",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "myvolume_1",
              "sh",
              "-c",
              "echo hello, volume! >> /root/volume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_2",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-2",
          "description": {
            "ko": "밑줄 없는 이름 myvolume2",
            "en": "named myvolume2, without the underscore"
          },
          "steps": [
            [
              "volume",
              "create",
              "--name",
              "myvolume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_1",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "myvolume_1",
              "sh",
              "-c",
              "echo hello, volume! >> /root/volume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume2",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-2",
          "description": {
            "ko": "이름 없는 볼륨 (-v /root/): myvolume_1이 쓴 파일이 없음",
            "en": "an anonymous volume (-v /root/): what myvolume_1 wrote is not there"
          },
          "steps": [
            [
              "volume",
              "create",
              "--name",
              "myvolume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_1",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "myvolume_1",
              "sh",
              "-c",
              "echo hello, volume! >> /root/volume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_2",
              "-v",
              "/root/",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "reads",
          "description": {
            "ko": "myvolume_1에서 /root/volume에 아무것도 쓰지 않음",
            "en": "myvolume_1 wrote nothing to /root/volume"
          },
          "steps": [
            [
              "volume",
              "create",
              "--name",
              "myvolume"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_1",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "myvolume_2",
              "-v",
              "myvolume:/root/",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "myvolume_1",
        "myvolume_2",
        "myvolume1",
        "myvolume2"
      ]
    },
    {
      "id": "2.2.6/anonymous-volume",
      "section": "2.2.6",
      "order": 5,
      "source": "exercises/2.2.6-anonymous-volume.yaml",
      "title": {
        "ko": "이름 없는 볼륨 (-v /root)",
        "en": "An anonymous volume (-v /root)"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 volume_auto 컨테이너를 -v /root로 실행합니다. 볼륨 이름 없이 컨테이너 경로만 주면 도커가 64자리 16진수 이름의 볼륨을 만들어 /root에 마운트합니다 (docker volume ls로 확인).",
        "en": "Run the container volume_auto from ubuntu:14.04 with -v /root: given only the path inside the container, Docker makes a volume named with 64 hex digits and mounts it at /root (see docker volume ls)."
      },
      "commands": [
        "docker run -i -t --name volume_auto -v /root ubuntu:14.04",
        "docker volume ls"
      ],
      "targets": {
        "auto": {
          "name": "volume_auto",
          "describe": {
            "ko": "컨테이너 volume_auto",
            "en": "container volume_auto"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "volume_auto",
            "-v",
            "/root",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "auto",
          "params": {}
        },
        {
          "kind": "image",
          "target": "auto",
          "params": {
            "reference": "ubuntu:14.04"
          }
        },
        {
          "kind": "field",
          "target": "auto",
          "id": "volume-type",
          "requires": "exists",
          "params": {
            "field": "mounts.0.type",
            "equals": "volume"
          }
        },
        {
          "kind": "field",
          "target": "auto",
          "id": "volume-destination",
          "requires": "exists",
          "params": {
            "field": "mounts.0.destination",
            "equals": "/root"
          }
        },
        {
          "kind": "field",
          "target": "auto",
          "id": "anonymous",
          "requires": "volume-type",
          "params": {
            "field": "binds.0",
            "present": false
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "volume_auto",
          "-v",
          "/root",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "다른 이름 volume_anonymous",
            "en": "another name, volume_anonymous"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_anonymous",
              "-v",
              "/root",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 ubuntu:16.04",
            "en": "another tag, ubuntu:16.04"
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
              "--name",
              "volume_auto",
              "-v",
              "/root",
              "ubuntu:16.04"
            ]
          ]
        },
        {
          "check": "volume-type",
          "description": {
            "ko": "호스트 디렉터리를 /root에 공유 (-v /home/wordpress_db:/root)",
            "en": "a host directory shared at /root (-v /home/wordpress_db:/root)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_auto",
              "-v",
              "/home/wordpress_db:/root",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "volume-destination",
          "description": {
            "ko": "다른 경로 (-v /home)",
            "en": "another path (-v /home)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_auto",
              "-v",
              "/home",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "anonymous",
          "description": {
            "ko": "이름 있는 볼륨 (-v myvolume:/root)",
            "en": "a named volume (-v myvolume:/root)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "volume_auto",
              "-v",
              "myvolume:/root",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "volume_auto",
        "volume_anonymous"
      ]
    },
    {
      "id": "2.2.6/mount-option",
      "section": "2.2.6",
      "order": 6,
      "source": "exercises/2.2.6-mount-option.yaml",
      "title": {
        "ko": "--mount 옵션으로 볼륨과 호스트 디렉터리 공유",
        "en": "A volume and a host directory with the --mount option"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 mount_option_1 컨테이너는 볼륨을 --mount type=volume,source=myvolume,target=/root로, mount_option_2 컨테이너는 호스트 디렉터리를 --mount type=bind,source=/home/wordpress_db,target=/home/testdir로 마운트해 실행합니다.",
        "en": "Run mount_option_1 from ubuntu:14.04 with --mount type=volume, mounting the volume myvolume at /root, and mount_option_2 with --mount type=bind, mounting the host directory /home/wordpress_db at /home/testdir."
      },
      "commands": [
        "docker run -i -t --name mount_option_1 --mount type=volume,source=myvolume,target=/root ubuntu:14.04",
        "docker run -i -t --name mount_option_2 --mount type=bind,source=/home/wordpress_db,target=/home/testdir ubuntu:14.04"
      ],
      "targets": {
        "volume": {
          "name": "mount_option_1",
          "describe": {
            "ko": "컨테이너 mount_option_1",
            "en": "container mount_option_1"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "mount_option_1",
            "--mount",
            "type=volume,source=myvolume,target=/root",
            "ubuntu:14.04"
          ]
        },
        "bind": {
          "name": "mount_option_2",
          "describe": {
            "ko": "컨테이너 mount_option_2",
            "en": "container mount_option_2"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "mount_option_2",
            "--mount",
            "type=bind,source=/home/wordpress_db,target=/home/testdir",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "volume",
          "id": "exists-1",
          "params": {}
        },
        {
          "kind": "field",
          "target": "volume",
          "id": "mount-volume",
          "requires": "exists-1",
          "params": {
            "field": "mountSpecs.0.type",
            "equals": "volume"
          }
        },
        {
          "kind": "field",
          "target": "volume",
          "id": "mount-volume-target",
          "requires": "mount-volume",
          "params": {
            "field": "mountSpecs.0.target",
            "equals": "/root"
          }
        },
        {
          "kind": "exists",
          "target": "bind",
          "id": "exists-2",
          "params": {}
        },
        {
          "kind": "field",
          "target": "bind",
          "id": "mount-bind",
          "requires": "exists-2",
          "params": {
            "field": "mountSpecs.0.type",
            "equals": "bind"
          }
        },
        {
          "kind": "field",
          "target": "bind",
          "id": "mount-bind-source",
          "requires": "mount-bind",
          "params": {
            "field": "mountSpecs.0.source",
            "equals": "/home/wordpress_db"
          }
        },
        {
          "kind": "field",
          "target": "bind",
          "id": "mount-bind-target",
          "requires": "mount-bind",
          "params": {
            "field": "mountSpecs.0.target",
            "equals": "/home/testdir"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "mount_option_1",
          "--mount",
          "type=volume,source=myvolume,target=/root",
          "ubuntu:14.04"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "mount_option_2",
          "--mount",
          "type=bind,source=/home/wordpress_db,target=/home/testdir",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists-1",
          "description": {
            "ko": "밑줄 없는 이름 mount_option1",
            "en": "named mount_option1, without the underscore"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option1",
              "--mount",
              "type=volume,source=myvolume,target=/root",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_2",
              "--mount",
              "type=bind,source=/home/wordpress_db,target=/home/testdir",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-volume",
          "description": {
            "ko": "--mount 대신 -v myvolume:/root",
            "en": "-v myvolume:/root instead of --mount"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_1",
              "-v",
              "myvolume:/root",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_2",
              "--mount",
              "type=bind,source=/home/wordpress_db,target=/home/testdir",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-volume-target",
          "description": {
            "ko": "다른 경로 target=/home",
            "en": "another path, target=/home"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_1",
              "--mount",
              "type=volume,source=myvolume,target=/home",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_2",
              "--mount",
              "type=bind,source=/home/wordpress_db,target=/home/testdir",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-2",
          "description": {
            "ko": "밑줄 없는 이름 mount_option2",
            "en": "named mount_option2, without the underscore"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_1",
              "--mount",
              "type=volume,source=myvolume,target=/root",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option2",
              "--mount",
              "type=bind,source=/home/wordpress_db,target=/home/testdir",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-bind",
          "description": {
            "ko": "--mount 대신 -v /home/wordpress_db:/home/testdir",
            "en": "-v /home/wordpress_db:/home/testdir instead of --mount"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_1",
              "--mount",
              "type=volume,source=myvolume,target=/root",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_2",
              "-v",
              "/home/wordpress_db:/home/testdir",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-bind-source",
          "description": {
            "ko": "다른 호스트 디렉터리 source=/home",
            "en": "another host directory, source=/home"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_1",
              "--mount",
              "type=volume,source=myvolume,target=/root",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_2",
              "--mount",
              "type=bind,source=/home,target=/home/testdir",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "mount-bind-target",
          "description": {
            "ko": "다른 경로 target=/home/testdir_2",
            "en": "another path, target=/home/testdir_2"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_1",
              "--mount",
              "type=volume,source=myvolume,target=/root",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mount_option_2",
              "--mount",
              "type=bind,source=/home/wordpress_db,target=/home/testdir_2",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "mount_option_1",
        "mount_option_2",
        "mount_option1",
        "mount_option2"
      ]
    }
  ],
  "2.2.7": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.7/mybridge",
      "section": "2.2.7",
      "order": 1,
      "source": "exercises/2.2.7-mybridge.yaml",
      "title": {
        "ko": "사용자 정의 브리지 네트워크 mybridge와 network connect/disconnect",
        "en": "A user-defined bridge network, mybridge, and network connect/disconnect"
      },
      "goal": {
        "ko": "docker network create --driver bridge로 브리지 네트워크 mybridge를 만들고, ubuntu:14.04 이미지로 mynetwork_container 컨테이너를 --net mybridge로 실행합니다. docker network disconnect로 컨테이너를 네트워크에서 끊었다가 docker network connect로 다시 연결합니다. 마지막에 컨테이너는 mybridge에 연결돼 있어야 합니다.",
        "en": "Create the bridge network mybridge with docker network create --driver bridge and run the container mynetwork_container from ubuntu:14.04 on it with --net mybridge. Take the container off the network with docker network disconnect and put it back with docker network connect: at the end it is attached to mybridge."
      },
      "commands": [
        "docker network create --driver bridge mybridge",
        "docker run -i -t --name mynetwork_container --net mybridge ubuntu:14.04",
        "docker network disconnect mybridge mynetwork_container",
        "docker network connect mybridge mynetwork_container"
      ],
      "targets": {
        "container": {
          "name": "mynetwork_container",
          "describe": {
            "ko": "컨테이너 mynetwork_container",
            "en": "container mynetwork_container"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "mynetwork_container",
            "--net",
            "mybridge",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "network-exists",
          "params": {
            "name": "mybridge",
            "create": "docker network create --driver bridge mybridge"
          }
        },
        {
          "kind": "field",
          "id": "driver",
          "requires": "network-mybridge",
          "params": {
            "object": "network",
            "name": "mybridge",
            "field": "driver",
            "equals": "bridge",
            "fix": "docker network create --driver bridge mybridge"
          }
        },
        {
          "kind": "exists",
          "target": "container",
          "params": {}
        },
        {
          "kind": "field",
          "target": "container",
          "id": "net-mybridge",
          "requires": [
            "exists",
            "network-mybridge"
          ],
          "params": {
            "field": "networkMode",
            "equals": "{{name 'mybridge'}}"
          }
        },
        {
          "kind": "field",
          "target": "container",
          "id": "attached",
          "requires": [
            "exists",
            "network-mybridge"
          ],
          "params": {
            "field": "networks.{{name 'mybridge'}}",
            "present": true,
            "fix": "docker network connect mybridge mynetwork_container"
          }
        }
      ],
      "solution": [
        [
          "network",
          "create",
          "--driver",
          "bridge",
          "mybridge"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "mynetwork_container",
          "--net",
          "mybridge",
          "ubuntu:14.04"
        ],
        [
          "network",
          "disconnect",
          "mybridge",
          "mynetwork_container"
        ],
        [
          "network",
          "connect",
          "mybridge",
          "mynetwork_container"
        ]
      ],
      "mutations": [
        {
          "check": "network-mybridge",
          "description": {
            "ko": "다른 이름 my_bridge",
            "en": "another name, my_bridge"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "my_bridge"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mynetwork_container",
              "--net",
              "my_bridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "driver",
          "description": {
            "ko": "브리지가 아닌 macvlan 드라이버 (--driver macvlan -o parent=eth0)",
            "en": "the macvlan driver instead of bridge (--driver macvlan -o parent=eth0)"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "macvlan",
              "-o",
              "parent=eth0",
              "mybridge"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mynetwork_container",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists",
          "description": {
            "ko": "밑줄을 넣은 이름 my_network_container",
            "en": "named my_network_container, with an underscore"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "my_network_container",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "net-mybridge",
          "description": {
            "ko": "--net 없이 실행한 뒤 docker network connect로만 연결",
            "en": "run without --net, attached only by docker network connect"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mynetwork_container",
              "ubuntu:14.04"
            ],
            [
              "network",
              "connect",
              "mybridge",
              "mynetwork_container"
            ]
          ]
        },
        {
          "check": "attached",
          "description": {
            "ko": "disconnect 뒤에 다시 connect하지 않음",
            "en": "disconnected and never connected again"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mynetwork_container",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ],
            [
              "network",
              "disconnect",
              "mybridge",
              "mynetwork_container"
            ]
          ]
        }
      ],
      "creates": [
        "mynetwork_container",
        "my_network_container"
      ]
    },
    {
      "id": "2.2.7/custom-network",
      "section": "2.2.7",
      "order": 2,
      "source": "exercises/2.2.7-custom-network.yaml",
      "title": {
        "ko": "서브넷, IP 범위, 게이트웨이를 정한 네트워크 my_custom_network",
        "en": "A network with its own subnet, IP range and gateway, my_custom_network"
      },
      "goal": {
        "ko": "docker network create로 브리지 네트워크 my_custom_network를 만들면서 --subnet=172.72.0.0/16, --ip-range=172.72.0.0/24, --gateway=172.72.0.1을 정합니다. 이 네트워크의 컨테이너는 172.72.0.x 주소를 받습니다.",
        "en": "Create the bridge network my_custom_network with docker network create, giving --subnet=172.72.0.0/16, --ip-range=172.72.0.0/24 and --gateway=172.72.0.1; its containers get addresses 172.72.0.x."
      },
      "commands": [
        "docker network create --driver=bridge --subnet=172.72.0.0/16 --ip-range=172.72.0.0/24 --gateway=172.72.0.1 my_custom_network"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "network-exists",
          "params": {
            "name": "my_custom_network",
            "create": "docker network create --driver=bridge --subnet=172.72.0.0/16 --ip-range=172.72.0.0/24 --gateway=172.72.0.1 my_custom_network"
          }
        },
        {
          "kind": "field",
          "id": "subnet",
          "requires": "network-my_custom_network",
          "params": {
            "object": "network",
            "name": "my_custom_network",
            "field": "ipam.config.0.subnet",
            "equals": "172.72.0.0/16",
            "fix": "docker network create --driver=bridge --subnet=172.72.0.0/16 --ip-range=172.72.0.0/24 --gateway=172.72.0.1 my_custom_network"
          }
        },
        {
          "kind": "field",
          "id": "ip-range",
          "requires": [
            "network-my_custom_network",
            "subnet"
          ],
          "params": {
            "object": "network",
            "name": "my_custom_network",
            "field": "ipam.config.0.ipRange",
            "equals": "172.72.0.0/24",
            "fix": "docker network create --driver=bridge --subnet=172.72.0.0/16 --ip-range=172.72.0.0/24 --gateway=172.72.0.1 my_custom_network"
          }
        },
        {
          "kind": "field",
          "id": "gateway",
          "requires": [
            "network-my_custom_network",
            "subnet"
          ],
          "params": {
            "object": "network",
            "name": "my_custom_network",
            "field": "ipam.config.0.gateway",
            "equals": "172.72.0.1",
            "fix": "docker network create --driver=bridge --subnet=172.72.0.0/16 --ip-range=172.72.0.0/24 --gateway=172.72.0.1 my_custom_network"
          }
        }
      ],
      "solution": [
        [
          "network",
          "create",
          "--driver=bridge",
          "--subnet=172.72.0.0/16",
          "--ip-range=172.72.0.0/24",
          "--gateway=172.72.0.1",
          "my_custom_network"
        ]
      ],
      "mutations": [
        {
          "check": "network-my_custom_network",
          "description": {
            "ko": "다른 이름 my_custom_net",
            "en": "another name, my_custom_net"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver=bridge",
              "--subnet=172.72.0.0/16",
              "--ip-range=172.72.0.0/24",
              "--gateway=172.72.0.1",
              "my_custom_net"
            ]
          ]
        },
        {
          "check": "subnet",
          "description": {
            "ko": "다른 서브넷 172.73.0.0/16",
            "en": "another subnet, 172.73.0.0/16"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver=bridge",
              "--subnet=172.73.0.0/16",
              "--ip-range=172.73.0.0/24",
              "--gateway=172.73.0.1",
              "my_custom_network"
            ]
          ]
        },
        {
          "check": "ip-range",
          "description": {
            "ko": "다른 IP 범위 172.72.1.0/24",
            "en": "another IP range, 172.72.1.0/24"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver=bridge",
              "--subnet=172.72.0.0/16",
              "--ip-range=172.72.1.0/24",
              "--gateway=172.72.0.1",
              "my_custom_network"
            ]
          ]
        },
        {
          "check": "gateway",
          "description": {
            "ko": "다른 게이트웨이 172.72.0.254",
            "en": "another gateway, 172.72.0.254"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver=bridge",
              "--subnet=172.72.0.0/16",
              "--ip-range=172.72.0.0/24",
              "--gateway=172.72.0.254",
              "my_custom_network"
            ]
          ]
        }
      ],
      "creates": []
    },
    {
      "id": "2.2.7/host-none",
      "section": "2.2.7",
      "order": 3,
      "source": "exercises/2.2.7-host-none.yaml",
      "title": {
        "ko": "호스트 네트워크와 none 네트워크 (--net host, --net none)",
        "en": "The host network and the none network (--net host, --net none)"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 network_host 컨테이너를 --net host로, network_none 컨테이너를 --net none으로 실행합니다. network_host는 호스트의 네트워크 환경을 그대로 쓰고, network_none에는 lo 말고 네트워크가 없습니다.",
        "en": "Run the container network_host from ubuntu:14.04 with --net host and network_none with --net none: network_host uses the host's own network, and network_none has no network but lo."
      },
      "commands": [
        "docker run -i -t --name network_host --net host ubuntu:14.04",
        "docker run -i -t --name network_none --net none ubuntu:14.04"
      ],
      "targets": {
        "host": {
          "name": "network_host",
          "describe": {
            "ko": "컨테이너 network_host",
            "en": "container network_host"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "network_host",
            "--net",
            "host",
            "ubuntu:14.04"
          ]
        },
        "none": {
          "name": "network_none",
          "describe": {
            "ko": "컨테이너 network_none",
            "en": "container network_none"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "network_none",
            "--net",
            "none",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "host",
          "id": "exists-host",
          "params": {}
        },
        {
          "kind": "field",
          "target": "host",
          "id": "net-host",
          "requires": "exists-host",
          "params": {
            "field": "networkMode",
            "equals": "host"
          }
        },
        {
          "kind": "exists",
          "target": "none",
          "id": "exists-none",
          "params": {}
        },
        {
          "kind": "field",
          "target": "none",
          "id": "net-none",
          "requires": "exists-none",
          "params": {
            "field": "networkMode",
            "equals": "none"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "network_host",
          "--net",
          "host",
          "ubuntu:14.04"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "network_none",
          "--net",
          "none",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists-host",
          "description": {
            "ko": "다른 이름 host_network",
            "en": "another name, host_network"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "host_network",
              "--net",
              "host",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_none",
              "--net",
              "none",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "net-host",
          "description": {
            "ko": "--net 없이 기본 브리지에 실행",
            "en": "run on the default bridge, without --net"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_host",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_none",
              "--net",
              "none",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-none",
          "description": {
            "ko": "다른 이름 none_network",
            "en": "another name, none_network"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_host",
              "--net",
              "host",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "none_network",
              "--net",
              "none",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "net-none",
          "description": {
            "ko": "--net host로 실행",
            "en": "run with --net host"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_host",
              "--net",
              "host",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_none",
              "--net",
              "host",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "network_host",
        "network_none",
        "host_network",
        "none_network"
      ]
    },
    {
      "id": "2.2.7/container-network",
      "section": "2.2.7",
      "order": 4,
      "source": "exercises/2.2.7-container-network.yaml",
      "title": {
        "ko": "다른 컨테이너의 네트워크를 함께 쓰기 (--net container:network_container_1)",
        "en": "Sharing another container's network (--net container:network_container_1)"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 network_container_1 컨테이너를 실행하고, network_container_2 컨테이너를 --net container:network_container_1로 실행합니다. network_container_2는 자기 네트워크 없이 network_container_1의 네트워크(IP 주소, 호스트 이름)를 그대로 씁니다.",
        "en": "Run the container network_container_1 from ubuntu:14.04 and network_container_2 with --net container:network_container_1: network_container_2 has no network of its own and uses network_container_1's (its IP address and host name)."
      },
      "commands": [
        "docker run -i -t -d --name network_container_1 ubuntu:14.04",
        "docker run -i -t -d --name network_container_2 --net container:network_container_1 ubuntu:14.04"
      ],
      "targets": {
        "first": {
          "name": "network_container_1",
          "describe": {
            "ko": "컨테이너 network_container_1",
            "en": "container network_container_1"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "-d",
            "--name",
            "network_container_1",
            "ubuntu:14.04"
          ]
        },
        "second": {
          "name": "network_container_2",
          "describe": {
            "ko": "컨테이너 network_container_2",
            "en": "container network_container_2"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "-d",
            "--name",
            "network_container_2",
            "--net",
            "container:network_container_1",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "first",
          "id": "exists-1",
          "params": {}
        },
        {
          "kind": "exists",
          "target": "second",
          "id": "exists-2",
          "params": {}
        },
        {
          "kind": "field",
          "target": "second",
          "id": "net-container",
          "requires": "exists-2",
          "params": {
            "field": "networkMode",
            "includes": "container:"
          }
        },
        {
          "kind": "field",
          "target": "second",
          "id": "shares-1",
          "requires": [
            "exists-1",
            "net-container"
          ],
          "params": {
            "field": "networkContainer",
            "equals": "{{name 'network_container_1'}}"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-i",
          "-t",
          "-d",
          "--name",
          "network_container_1",
          "ubuntu:14.04"
        ],
        [
          "run",
          "-i",
          "-t",
          "-d",
          "--name",
          "network_container_2",
          "--net",
          "container:network_container_1",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists-1",
          "description": {
            "ko": "밑줄 없는 이름 network_container1",
            "en": "named network_container1, without the underscore"
          },
          "steps": [
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container1",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_2",
              "--net",
              "container:network_container1",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-2",
          "description": {
            "ko": "밑줄 없는 이름 network_container2",
            "en": "named network_container2, without the underscore"
          },
          "steps": [
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_1",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container2",
              "--net",
              "container:network_container_1",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "net-container",
          "description": {
            "ko": "--net 없이 기본 브리지에 실행",
            "en": "run on the default bridge, without --net"
          },
          "steps": [
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_1",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_2",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "shares-1",
          "description": {
            "ko": "다른 컨테이너 network_container_3의 네트워크를 씀",
            "en": "sharing the network of another container, network_container_3"
          },
          "steps": [
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_1",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_3",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_container_2",
              "--net",
              "container:network_container_3",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "network_container_1",
        "network_container_2",
        "network_container1",
        "network_container2",
        "network_container_3"
      ]
    },
    {
      "id": "2.2.7/net-alias",
      "section": "2.2.7",
      "order": 5,
      "source": "exercises/2.2.7-net-alias.yaml",
      "title": {
        "ko": "세 컨테이너에 같은 별명 alicek106 (--net-alias)",
        "en": "One alias, alicek106, on three containers (--net-alias)"
      },
      "goal": {
        "ko": "mybridge 네트워크에 ubuntu:14.04 이미지로 network_alias_container1, network_alias_container2, network_alias_container3을 --net-alias alicek106으로 실행하고, 같은 네트워크의 network_alias_ping 컨테이너 안에서 ping -c 1 alicek106을 실행합니다. 도커의 내장 DNS가 alicek106을 세 컨테이너 중 하나의 IP로 풀어 줍니다.",
        "en": "On the network mybridge, run network_alias_container1, network_alias_container2 and network_alias_container3 from ubuntu:14.04 with --net-alias alicek106, then run network_alias_ping on the same network and, inside it, ping -c 1 alicek106: Docker's embedded DNS resolves alicek106 to the address of one of the three."
      },
      "commands": [
        "docker network create --driver bridge mybridge",
        "docker run -i -t -d --name network_alias_container1 --net mybridge --net-alias alicek106 ubuntu:14.04",
        "docker run -i -t -d --name network_alias_container2 --net mybridge --net-alias alicek106 ubuntu:14.04",
        "docker run -i -t -d --name network_alias_container3 --net mybridge --net-alias alicek106 ubuntu:14.04",
        "docker run -i -t --name network_alias_ping --net mybridge ubuntu:14.04",
        "ping -c 1 alicek106"
      ],
      "targets": {
        "one": {
          "name": "network_alias_container1",
          "describe": {
            "ko": "컨테이너 network_alias_container1",
            "en": "container network_alias_container1"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "-d",
            "--name",
            "network_alias_container1",
            "--net",
            "mybridge",
            "--net-alias",
            "alicek106",
            "ubuntu:14.04"
          ]
        },
        "two": {
          "name": "network_alias_container2",
          "describe": {
            "ko": "컨테이너 network_alias_container2",
            "en": "container network_alias_container2"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "-d",
            "--name",
            "network_alias_container2",
            "--net",
            "mybridge",
            "--net-alias",
            "alicek106",
            "ubuntu:14.04"
          ]
        },
        "three": {
          "name": "network_alias_container3",
          "describe": {
            "ko": "컨테이너 network_alias_container3",
            "en": "container network_alias_container3"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "-d",
            "--name",
            "network_alias_container3",
            "--net",
            "mybridge",
            "--net-alias",
            "alicek106",
            "ubuntu:14.04"
          ]
        },
        "ping": {
          "name": "network_alias_ping",
          "describe": {
            "ko": "컨테이너 network_alias_ping",
            "en": "container network_alias_ping"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "network_alias_ping",
            "--net",
            "mybridge",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "one",
          "id": "exists-1",
          "params": {}
        },
        {
          "kind": "field",
          "target": "one",
          "id": "alias-1",
          "requires": "exists-1",
          "params": {
            "field": "networks.{{name 'mybridge'}}.aliases",
            "includes": "alicek106"
          }
        },
        {
          "kind": "exists",
          "target": "two",
          "id": "exists-2",
          "params": {}
        },
        {
          "kind": "field",
          "target": "two",
          "id": "alias-2",
          "requires": "exists-2",
          "params": {
            "field": "networks.{{name 'mybridge'}}.aliases",
            "includes": "alicek106"
          }
        },
        {
          "kind": "exists",
          "target": "three",
          "id": "exists-3",
          "params": {}
        },
        {
          "kind": "field",
          "target": "three",
          "id": "alias-3",
          "requires": "exists-3",
          "params": {
            "field": "networks.{{name 'mybridge'}}.aliases",
            "includes": "alicek106"
          }
        },
        {
          "kind": "exists",
          "target": "ping",
          "id": "exists-ping",
          "params": {}
        },
        {
          "kind": "field",
          "target": "ping",
          "id": "ping-on-mybridge",
          "requires": "exists-ping",
          "params": {
            "field": "networks.{{name 'mybridge'}}",
            "present": true
          }
        },
        {
          "kind": "name-resolves",
          "target": "ping",
          "id": "resolves",
          "requires": [
            "ping-on-mybridge",
            "alias-1",
            "alias-2",
            "alias-3"
          ],
          "params": {
            "name": "alicek106",
            "network": "mybridge"
          }
        }
      ],
      "solution": [
        [
          "network",
          "create",
          "--driver",
          "bridge",
          "mybridge"
        ],
        [
          "run",
          "-i",
          "-t",
          "-d",
          "--name",
          "network_alias_container1",
          "--net",
          "mybridge",
          "--net-alias",
          "alicek106",
          "ubuntu:14.04"
        ],
        [
          "run",
          "-i",
          "-t",
          "-d",
          "--name",
          "network_alias_container2",
          "--net",
          "mybridge",
          "--net-alias",
          "alicek106",
          "ubuntu:14.04"
        ],
        [
          "run",
          "-i",
          "-t",
          "-d",
          "--name",
          "network_alias_container3",
          "--net",
          "mybridge",
          "--net-alias",
          "alicek106",
          "ubuntu:14.04"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "network_alias_ping",
          "--net",
          "mybridge",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists-1",
          "description": {
            "ko": "밑줄을 넣은 이름 network_alias_container_1",
            "en": "named network_alias_container_1, with an underscore"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container_1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "alias-1",
          "description": {
            "ko": "--net-alias 없이 실행",
            "en": "run without --net-alias"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-2",
          "description": {
            "ko": "밑줄을 넣은 이름 network_alias_container_2",
            "en": "named network_alias_container_2, with an underscore"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container_2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "alias-2",
          "description": {
            "ko": "다른 별명 alicek107",
            "en": "another alias, alicek107"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek107",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-3",
          "description": {
            "ko": "밑줄을 넣은 이름 network_alias_container_3",
            "en": "named network_alias_container_3, with an underscore"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container_3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "alias-3",
          "description": {
            "ko": "별명은 같지만 다른 네트워크 mybridge2에 실행",
            "en": "the same alias, but on another network, mybridge2"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge2"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge2",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "exists-ping",
          "description": {
            "ko": "다른 이름 network_alias_pinger",
            "en": "another name, network_alias_pinger"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_pinger",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "ping-on-mybridge",
          "description": {
            "ko": "--net 없이 기본 브리지에서 실행: alicek106이 풀리지 않음",
            "en": "run on the default bridge, without --net: alicek106 does not resolve"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "resolves",
          "description": {
            "ko": "별명을 가진 세 컨테이너를 모두 멈춤: 멈춘 컨테이너의 별명은 풀리지 않음",
            "en": "the three containers with the alias stopped: a stopped container's alias does not resolve"
          },
          "steps": [
            [
              "network",
              "create",
              "--driver",
              "bridge",
              "mybridge"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container1",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container2",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-i",
              "-t",
              "-d",
              "--name",
              "network_alias_container3",
              "--net",
              "mybridge",
              "--net-alias",
              "alicek106",
              "ubuntu:14.04"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "network_alias_ping",
              "--net",
              "mybridge",
              "ubuntu:14.04"
            ],
            [
              "stop",
              "-t",
              "1",
              "network_alias_container1",
              "network_alias_container2",
              "network_alias_container3"
            ]
          ]
        }
      ],
      "creates": [
        "network_alias_container1",
        "network_alias_container2",
        "network_alias_container3",
        "network_alias_ping",
        "network_alias_container_1",
        "network_alias_container_2",
        "network_alias_container_3",
        "network_alias_pinger"
      ]
    },
    {
      "id": "2.2.7/macvlan",
      "section": "2.2.7",
      "order": 6,
      "source": "exercises/2.2.7-macvlan.yaml",
      "title": {
        "ko": "macvlan 네트워크 my_macvlan의 정의",
        "en": "The definition of a macvlan network, my_macvlan"
      },
      "goal": {
        "ko": "docker network create -d macvlan으로 my_macvlan 네트워크를 만들면서 서브넷 192.168.0.0/24, IP 범위 192.168.0.64/28, 게이트웨이 192.168.0.1, -o macvlan_mode=bridge, -o parent=eth0을 정합니다. 컨테이너끼리의 통신은 같은 네트워크의 다른 호스트가 있어야 확인할 수 있으므로, 여기서는 네트워크의 정의만 확인합니다. parent는 내 호스트에 있는 네트워크 인터페이스여야 합니다 (책은 eth0).",
        "en": "Create the network my_macvlan with docker network create -d macvlan, giving the subnet 192.168.0.0/24, the IP range 192.168.0.64/28, the gateway 192.168.0.1, -o macvlan_mode=bridge and -o parent=eth0. Containers talking over it need another host on the same LAN, so only the network's definition is graded here. parent must be a network interface of your host (see ip a; the book has eth0)."
      },
      "commands": [
        "docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "network-exists",
          "params": {
            "name": "my_macvlan",
            "create": "docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"
          }
        },
        {
          "kind": "field",
          "id": "driver",
          "requires": "network-my_macvlan",
          "params": {
            "object": "network",
            "name": "my_macvlan",
            "field": "driver",
            "equals": "macvlan",
            "fix": "docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"
          }
        },
        {
          "kind": "field",
          "id": "macvlan-mode",
          "requires": "driver",
          "params": {
            "object": "network",
            "name": "my_macvlan",
            "field": "options.macvlan_mode",
            "equals": "bridge",
            "fix": "docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"
          }
        },
        {
          "kind": "field",
          "id": "subnet",
          "requires": "network-my_macvlan",
          "params": {
            "object": "network",
            "name": "my_macvlan",
            "field": "ipam.config.0.subnet",
            "equals": "192.168.0.0/24",
            "fix": "docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"
          }
        },
        {
          "kind": "field",
          "id": "ip-range",
          "requires": [
            "network-my_macvlan",
            "subnet"
          ],
          "params": {
            "object": "network",
            "name": "my_macvlan",
            "field": "ipam.config.0.ipRange",
            "equals": "192.168.0.64/28",
            "fix": "docker network create -d macvlan --subnet=192.168.0.0/24 --ip-range=192.168.0.64/28 --gateway=192.168.0.1 -o macvlan_mode=bridge -o parent=eth0 my_macvlan"
          }
        }
      ],
      "solution": [
        [
          "network",
          "create",
          "-d",
          "macvlan",
          "--subnet=192.168.0.0/24",
          "--ip-range=192.168.0.64/28",
          "--gateway=192.168.0.1",
          "-o",
          "macvlan_mode=bridge",
          "-o",
          "parent=eth0",
          "my_macvlan"
        ]
      ],
      "mutations": [
        {
          "check": "network-my_macvlan",
          "description": {
            "ko": "다른 이름 mymacvlan",
            "en": "another name, mymacvlan"
          },
          "steps": [
            [
              "network",
              "create",
              "-d",
              "macvlan",
              "--subnet=192.168.0.0/24",
              "--ip-range=192.168.0.64/28",
              "--gateway=192.168.0.1",
              "-o",
              "macvlan_mode=bridge",
              "-o",
              "parent=eth0",
              "mymacvlan"
            ]
          ]
        },
        {
          "check": "driver",
          "description": {
            "ko": "-d macvlan 없이 만든 브리지 네트워크",
            "en": "a bridge network, made without -d macvlan"
          },
          "steps": [
            [
              "network",
              "create",
              "--subnet=192.168.0.0/24",
              "--ip-range=192.168.0.64/28",
              "--gateway=192.168.0.1",
              "my_macvlan"
            ]
          ]
        },
        {
          "check": "macvlan-mode",
          "description": {
            "ko": "다른 모드 macvlan_mode=private",
            "en": "another mode, macvlan_mode=private"
          },
          "steps": [
            [
              "network",
              "create",
              "-d",
              "macvlan",
              "--subnet=192.168.0.0/24",
              "--ip-range=192.168.0.64/28",
              "--gateway=192.168.0.1",
              "-o",
              "macvlan_mode=private",
              "-o",
              "parent=eth0",
              "my_macvlan"
            ]
          ]
        },
        {
          "check": "subnet",
          "description": {
            "ko": "다른 서브넷 192.168.1.0/24",
            "en": "another subnet, 192.168.1.0/24"
          },
          "steps": [
            [
              "network",
              "create",
              "-d",
              "macvlan",
              "--subnet=192.168.1.0/24",
              "--ip-range=192.168.1.64/28",
              "--gateway=192.168.1.1",
              "-o",
              "macvlan_mode=bridge",
              "-o",
              "parent=eth0",
              "my_macvlan"
            ]
          ]
        },
        {
          "check": "ip-range",
          "description": {
            "ko": "다른 IP 범위 192.168.0.128/28",
            "en": "another IP range, 192.168.0.128/28"
          },
          "steps": [
            [
              "network",
              "create",
              "-d",
              "macvlan",
              "--subnet=192.168.0.0/24",
              "--ip-range=192.168.0.128/28",
              "--gateway=192.168.0.1",
              "-o",
              "macvlan_mode=bridge",
              "-o",
              "parent=eth0",
              "my_macvlan"
            ]
          ]
        }
      ],
      "creates": []
    }
  ],
  "2.2.8": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.8/no-passwd-mysql",
      "section": "2.2.8",
      "order": 1,
      "source": "exercises/2.2.8-no-passwd-mysql.yaml",
      "title": {
        "ko": "비밀번호 없이 실행해 종료된 mysql 컨테이너",
        "en": "A mysql container that exits without its password"
      },
      "goal": {
        "ko": "mysql:5.7 이미지로 no_passwd_mysql 컨테이너를 -e MYSQL_ROOT_PASSWORD 없이 -d로 실행합니다. 컨테이너는 0이 아닌 종료 코드로 종료되고, docker logs no_passwd_mysql로 비밀번호 옵션이 없어서 종료되었다는 로그를 확인합니다.",
        "en": "Run the container no_passwd_mysql from mysql:5.7 detached (-d) without -e MYSQL_ROOT_PASSWORD. It exits with a non-zero code, and docker logs no_passwd_mysql shows the line saying the password option is missing."
      },
      "commands": [
        "docker run -d --name mysql -e MYSQL_ROOT_PASSWORD=1234 mysql:5.7",
        "docker logs mysql",
        "docker run -d --name no_passwd_mysql mysql:5.7",
        "docker logs no_passwd_mysql"
      ],
      "targets": {
        "no_passwd_mysql": {
          "name": "no_passwd_mysql",
          "describe": {
            "ko": "컨테이너 no_passwd_mysql",
            "en": "container no_passwd_mysql"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "no_passwd_mysql",
            "mysql:5.7"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "no_passwd_mysql",
          "params": {}
        },
        {
          "kind": "image",
          "target": "no_passwd_mysql",
          "params": {
            "reference": "mysql:5.7"
          }
        },
        {
          "kind": "field",
          "target": "no_passwd_mysql",
          "id": "no-password",
          "params": {
            "field": "env.MYSQL_ROOT_PASSWORD",
            "present": false
          }
        },
        {
          "kind": "field",
          "target": "no_passwd_mysql",
          "id": "exit-code",
          "requires": [
            "no-password"
          ],
          "params": {
            "field": "state.exitCode",
            "atLeast": 1
          }
        },
        {
          "kind": "field",
          "target": "no_passwd_mysql",
          "id": "log-line",
          "requires": [
            "exit-code"
          ],
          "params": {
            "field": "logTail",
            "mentions": "password option is not specified"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "no_passwd_mysql",
          "mysql:5.7"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 no_password_mysql",
            "en": "named no_password_mysql"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "no_password_mysql",
              "mysql:5.7"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "태그 없이 mysql (= mysql:latest)",
            "en": "mysql without a tag (= mysql:latest)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "no_passwd_mysql",
              "mysql:5.7"
            ]
          ],
          "edit": {
            "containerImage": {
              "container": "no_passwd_mysql",
              "image": "mysql"
            }
          }
        },
        {
          "check": "no-password",
          "description": {
            "ko": "-e MYSQL_ROOT_PASSWORD=1234를 줌",
            "en": "given -e MYSQL_ROOT_PASSWORD=1234"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "no_passwd_mysql",
              "-e",
              "MYSQL_ROOT_PASSWORD=1234",
              "mysql:5.7"
            ]
          ]
        },
        {
          "check": "exit-code",
          "description": {
            "ko": "MYSQL_ALLOW_EMPTY_PASSWORD=yes: 빈 비밀번호로 계속 실행됨",
            "en": "MYSQL_ALLOW_EMPTY_PASSWORD=yes: it keeps running with an empty password"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "no_passwd_mysql",
              "-e",
              "MYSQL_ALLOW_EMPTY_PASSWORD=yes",
              "mysql:5.7"
            ]
          ]
        },
        {
          "check": "log-line",
          "description": {
            "ko": "--entrypoint false: 로그 없이 종료 코드 1로 끝남",
            "en": "--entrypoint false: exits with code 1 and logs nothing"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "no_passwd_mysql",
              "--entrypoint",
              "false",
              "mysql:5.7"
            ]
          ]
        }
      ],
      "creates": [
        "no_passwd_mysql",
        "no_password_mysql"
      ]
    },
    {
      "id": "2.2.8/log-test",
      "section": "2.2.8",
      "order": 2,
      "source": "exercises/2.2.8-log-test.yaml",
      "title": {
        "ko": "json-file 로그의 크기와 파일 개수 제한",
        "en": "Rotating json-file logs by size and file count"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 log-test 컨테이너를 -i -t로 실행하면서 --log-opt max-size=10k와 --log-opt max-file=3으로 로그 파일 하나를 10KB, 파일 개수를 3개로 제한합니다.",
        "en": "Run the container log-test from ubuntu:14.04 with -i -t, keeping its log to files of 10 KB (--log-opt max-size=10k) and at most 3 of them (--log-opt max-file=3)."
      },
      "commands": [
        "docker run -i -t --log-opt max-size=10k --log-opt max-file=3 --name log-test ubuntu:14.04"
      ],
      "targets": {
        "log-test": {
          "name": "log-test",
          "describe": {
            "ko": "컨테이너 log-test",
            "en": "container log-test"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--log-opt",
            "max-size=10k",
            "--log-opt",
            "max-file=3",
            "--name",
            "log-test",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "log-test",
          "params": {}
        },
        {
          "kind": "field",
          "target": "log-test",
          "id": "max-size",
          "params": {
            "field": "logConfig.config[\"max-size\"]",
            "equals": "10k"
          }
        },
        {
          "kind": "field",
          "target": "log-test",
          "id": "max-file",
          "params": {
            "field": "logConfig.config[\"max-file\"]",
            "equals": "3"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--log-opt",
          "max-size=10k",
          "--log-opt",
          "max-file=3",
          "--name",
          "log-test",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 log_test",
            "en": "named log_test"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--log-opt",
              "max-size=10k",
              "--log-opt",
              "max-file=3",
              "--name",
              "log_test",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "max-size",
          "description": {
            "ko": "max-size=10m",
            "en": "max-size=10m"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--log-opt",
              "max-size=10m",
              "--log-opt",
              "max-file=3",
              "--name",
              "log-test",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "max-file",
          "description": {
            "ko": "max-file 없음",
            "en": "no max-file"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--log-opt",
              "max-size=10k",
              "--name",
              "log-test",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "log-test",
        "log_test"
      ]
    },
    {
      "id": "2.2.8/syslog",
      "section": "2.2.8",
      "order": 3,
      "source": "exercises/2.2.8-syslog.yaml",
      "title": {
        "ko": "syslog 로깅 드라이버",
        "en": "The syslog logging driver"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 syslog_container 컨테이너를 --log-driver=syslog로 실행해 echo syslogtest의 출력을 호스트의 syslog로 보냅니다. 채점은 컨테이너의 로그 설정만 봅니다 (원격 로그 서버나 클라우드로 보내는 로그는 호스트 하나로 볼 수 없습니다).",
        "en": "Run the container syslog_container from ubuntu:14.04 with --log-driver=syslog, sending the output of echo syslogtest to the host's syslog. Only the container's log configuration is graded (a remote rsyslog, fluentd or awslogs is out of reach of one host)."
      },
      "commands": [
        "docker run -d --name syslog_container --log-driver=syslog ubuntu:14.04 echo syslogtest"
      ],
      "targets": {
        "syslog_container": {
          "name": "syslog_container",
          "describe": {
            "ko": "컨테이너 syslog_container",
            "en": "container syslog_container"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "syslog_container",
            "--log-driver=syslog",
            "ubuntu:14.04",
            "echo",
            "syslogtest"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "syslog_container",
          "params": {}
        },
        {
          "kind": "field",
          "target": "syslog_container",
          "id": "log-driver",
          "params": {
            "field": "logConfig.type",
            "equals": "syslog"
          }
        }
      ],
      "solution": [
        [
          "create",
          "--name",
          "syslog_container",
          "--log-driver=syslog",
          "ubuntu:14.04",
          "echo",
          "syslogtest"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 syslog-container",
            "en": "named syslog-container"
          },
          "steps": [
            [
              "create",
              "--name",
              "syslog-container",
              "--log-driver=syslog",
              "ubuntu:14.04",
              "echo",
              "syslogtest"
            ]
          ]
        },
        {
          "check": "log-driver",
          "description": {
            "ko": "--log-driver 없음 (json-file)",
            "en": "no --log-driver (json-file)"
          },
          "steps": [
            [
              "create",
              "--name",
              "syslog_container",
              "ubuntu:14.04",
              "echo",
              "syslogtest"
            ]
          ]
        }
      ],
      "creates": [
        "syslog_container",
        "syslog-container"
      ]
    },
    {
      "id": "2.2.8/fluentd",
      "section": "2.2.8",
      "order": 4,
      "source": "exercises/2.2.8-fluentd.yaml",
      "title": {
        "ko": "fluentd 로깅 드라이버로 다른 호스트의 fluentd에 로그 보내기",
        "en": "Sending logs to fluentd on another host with the fluentd logging driver"
      },
      "goal": {
        "ko": "다른 호스트(책은 192.168.0.101)에서 fluentd 컨테이너가 24224번 포트로 로그를 받고, 이 호스트에서 nginx 컨테이너를 -p 80:80 -d --log-driver=fluentd --log-opt fluentd-address=192.168.0.101:24224 --log-opt tag=docker.nginx.webserver로 실행해 로그를 그쪽으로 보냅니다.",
        "en": "A fluentd container on another host (the book's 192.168.0.101) takes logs on port 24224; on this host, run an nginx container with -p 80:80 -d --log-driver=fluentd --log-opt fluentd-address=192.168.0.101:24224 --log-opt tag=docker.nginx.webserver, sending its logs there."
      },
      "commands": [
        "docker run -p 80:80 -d --log-driver=fluentd --log-opt fluentd-address=192.168.0.101:24224 --log-opt tag=docker.nginx.webserver nginx"
      ],
      "unnamed": "fluentd-nginx",
      "targets": {
        "web": {
          "match": {
            "repository": "nginx"
          },
          "describe": {
            "ko": "fluentd로 로그를 보내는 nginx 컨테이너",
            "en": "nginx container logging to fluentd"
          },
          "create": [
            "run",
            "-p",
            "80:80",
            "-d",
            "--log-driver=fluentd",
            "--log-opt",
            "fluentd-address=192.168.0.101:24224",
            "--log-opt",
            "tag=docker.nginx.webserver",
            "nginx"
          ]
        }
      },
      "checks": [
        {
          "kind": "image",
          "target": "web",
          "params": {
            "reference": "nginx"
          }
        },
        {
          "kind": "field",
          "target": "web",
          "id": "log-driver",
          "params": {
            "field": "logConfig.type",
            "equals": "fluentd"
          }
        },
        {
          "kind": "field",
          "target": "web",
          "id": "fluentd-address",
          "requires": [
            "log-driver"
          ],
          "params": {
            "field": "logConfig.config[\"fluentd-address\"]",
            "present": true
          }
        },
        {
          "kind": "field",
          "target": "web",
          "id": "tag",
          "params": {
            "field": "logConfig.config.tag",
            "equals": "docker.nginx.webserver"
          }
        }
      ],
      "solution": [
        [
          "create",
          "-p",
          "80:80",
          "--log-driver=fluentd",
          "--log-opt",
          "fluentd-address=192.168.0.101:24224",
          "--log-opt",
          "tag=docker.nginx.webserver",
          "nginx"
        ]
      ],
      "mutations": [
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 nginx:1.25",
            "en": "another tag, nginx:1.25"
          },
          "steps": [
            [
              "tag",
              "nginx",
              "nginx:1.25"
            ],
            [
              "create",
              "-p",
              "80:80",
              "--log-driver=fluentd",
              "--log-opt",
              "fluentd-address=192.168.0.101:24224",
              "--log-opt",
              "tag=docker.nginx.webserver",
              "nginx:1.25"
            ]
          ]
        },
        {
          "check": "log-driver",
          "description": {
            "ko": "--log-driver=syslog",
            "en": "--log-driver=syslog"
          },
          "steps": [
            [
              "create",
              "-p",
              "80:80",
              "--log-driver=syslog",
              "--log-opt",
              "tag=docker.nginx.webserver",
              "nginx"
            ]
          ]
        },
        {
          "check": "fluentd-address",
          "description": {
            "ko": "fluentd-address 없음 (이 호스트의 localhost:24224)",
            "en": "no fluentd-address (localhost:24224 of this host)"
          },
          "steps": [
            [
              "create",
              "-p",
              "80:80",
              "--log-driver=fluentd",
              "--log-opt",
              "tag=docker.nginx.webserver",
              "nginx"
            ]
          ]
        },
        {
          "check": "tag",
          "description": {
            "ko": "tag 없음",
            "en": "no tag"
          },
          "steps": [
            [
              "create",
              "-p",
              "80:80",
              "--log-driver=fluentd",
              "--log-opt",
              "fluentd-address=192.168.0.101:24224",
              "nginx"
            ]
          ]
        }
      ],
      "creates": [
        "fluentd-nginx"
      ],
      "notGradableOn": [
        {
          "host": "one-host",
          "reason": {
            "ko": "로그를 받는 fluentd는 다른 호스트에서 실행되므로, 로그가 그쪽에 닿았는지는 이 호스트에서 볼 수 없습니다. nginx 컨테이너의 로그 설정만 확인합니다",
            "en": "the fluentd that takes the logs runs on another host, so whether the logs reach it cannot be seen from this one; only the nginx container's log configuration is checked"
          }
        }
      ]
    }
  ],
  "2.2.9": (): readonly CompiledExercise[] => [
    {
      "id": "2.2.9/memory-1g",
      "section": "2.2.9",
      "order": 1,
      "source": "exercises/2.2.9-memory-1g.yaml",
      "title": {
        "ko": "--memory로 메모리 1GB 제한",
        "en": "Limiting memory to 1 GB with --memory"
      },
      "goal": {
        "ko": "nginx 이미지로 memory_1g 컨테이너를 -d로 실행하면서 --memory=\"1g\"로 컨테이너가 쓸 수 있는 메모리를 1GB로 제한합니다.",
        "en": "Run the container memory_1g from nginx detached (-d), limiting the memory it may use to 1 GB (--memory=\"1g\")."
      },
      "commands": [
        "docker run -d --memory=\"1g\" --name memory_1g nginx"
      ],
      "targets": {
        "memory_1g": {
          "name": "memory_1g",
          "describe": {
            "ko": "컨테이너 memory_1g",
            "en": "container memory_1g"
          },
          "create": [
            "run",
            "-d",
            "--memory=1g",
            "--name",
            "memory_1g",
            "nginx"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "memory_1g",
          "params": {}
        },
        {
          "kind": "image",
          "target": "memory_1g",
          "params": {
            "reference": "nginx"
          }
        },
        {
          "kind": "field",
          "target": "memory_1g",
          "id": "memory",
          "params": {
            "field": "resources.memory",
            "equals": 1073741824
          }
        },
        {
          "kind": "running",
          "target": "memory_1g",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--memory=1g",
          "--name",
          "memory_1g",
          "nginx"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 memory_1gb",
            "en": "named memory_1gb"
          },
          "steps": [
            [
              "run",
              "-d",
              "--memory=1g",
              "--name",
              "memory_1gb",
              "nginx"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "ubuntu:14.04 이미지",
            "en": "the image ubuntu:14.04"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--memory=1g",
              "--name",
              "memory_1g",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "memory",
          "description": {
            "ko": "--memory=\"512m\" (512MB)",
            "en": "--memory=\"512m\" (512 MB)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--memory=512m",
              "--name",
              "memory_1g",
              "nginx"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--memory=1g",
              "--name",
              "memory_1g",
              "nginx"
            ],
            [
              "stop",
              "-t",
              "1",
              "memory_1g"
            ]
          ]
        }
      ],
      "creates": [
        "memory_1g",
        "memory_1gb"
      ]
    },
    {
      "id": "2.2.9/swap-500m",
      "section": "2.2.9",
      "order": 2,
      "source": "exercises/2.2.9-swap-500m.yaml",
      "title": {
        "ko": "메모리와 스왑 메모리 제한",
        "en": "Limiting memory and swap"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 swap_500m 컨테이너를 -i -t로 실행하면서 --memory=200m과 --memory-swap=500m으로 메모리를 200MB, 스왑을 포함한 메모리를 500MB로 제한합니다.",
        "en": "Run the container swap_500m from ubuntu:14.04 with -i -t, limiting its memory to 200 MB (--memory=200m) and memory plus swap to 500 MB (--memory-swap=500m)."
      },
      "commands": [
        "docker run -i -t --name swap_500m --memory=200m --memory-swap=500m ubuntu:14.04"
      ],
      "targets": {
        "swap_500m": {
          "name": "swap_500m",
          "describe": {
            "ko": "컨테이너 swap_500m",
            "en": "container swap_500m"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "swap_500m",
            "--memory=200m",
            "--memory-swap=500m",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "swap_500m",
          "params": {}
        },
        {
          "kind": "field",
          "target": "swap_500m",
          "id": "memory",
          "params": {
            "field": "resources.memory",
            "equals": 209715200
          }
        },
        {
          "kind": "field",
          "target": "swap_500m",
          "id": "memory-swap",
          "params": {
            "field": "resources.memorySwap",
            "equals": 524288000
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "swap_500m",
          "--memory=200m",
          "--memory-swap=500m",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 swap_500",
            "en": "named swap_500"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "swap_500",
              "--memory=200m",
              "--memory-swap=500m",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "memory",
          "description": {
            "ko": "--memory=300m",
            "en": "--memory=300m"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "swap_500m",
              "--memory=300m",
              "--memory-swap=500m",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "memory-swap",
          "description": {
            "ko": "--memory-swap 없음 (스왑은 메모리의 두 배: 400MB)",
            "en": "no --memory-swap (swap then defaults to twice the memory: 400 MB)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "swap_500m",
              "--memory=200m",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "swap_500m",
        "swap_500"
      ]
    },
    {
      "id": "2.2.9/cpu-share",
      "section": "2.2.9",
      "order": 3,
      "source": "exercises/2.2.9-cpu-share.yaml",
      "title": {
        "ko": "CPU 가중치 --cpu-shares",
        "en": "CPU weight with --cpu-shares"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 cpu_share 컨테이너를 -i -t로 실행하면서 --cpu-shares 1024로 CPU 가중치를 1024로 설정합니다.",
        "en": "Run the container cpu_share from ubuntu:14.04 with -i -t, giving it the CPU weight 1024 (--cpu-shares 1024)."
      },
      "commands": [
        "docker run -i -t --name cpu_share --cpu-shares 1024 ubuntu:14.04"
      ],
      "targets": {
        "cpu_share": {
          "name": "cpu_share",
          "describe": {
            "ko": "컨테이너 cpu_share",
            "en": "container cpu_share"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "cpu_share",
            "--cpu-shares",
            "1024",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "cpu_share",
          "params": {}
        },
        {
          "kind": "field",
          "target": "cpu_share",
          "id": "cpu-shares",
          "params": {
            "field": "resources.cpuShares",
            "equals": 1024
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "cpu_share",
          "--cpu-shares",
          "1024",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 cpu_shares",
            "en": "named cpu_shares"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "cpu_shares",
              "--cpu-shares",
              "1024",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "cpu-shares",
          "description": {
            "ko": "--cpu-shares 없음",
            "en": "no --cpu-shares"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "cpu_share",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "cpu_share",
        "cpu_shares"
      ]
    },
    {
      "id": "2.2.9/cpu-1024-512",
      "section": "2.2.9",
      "order": 4,
      "source": "exercises/2.2.9-cpu-1024-512.yaml",
      "title": {
        "ko": "CPU 가중치 1024와 512인 stress 컨테이너 두 개",
        "en": "Two stress containers weighted 1024 and 512"
      },
      "goal": {
        "ko": "alicek106/stress 이미지로 cpu_1024 컨테이너를 --cpu-shares 1024로, cpu_512 컨테이너를 --cpu-shares 512로 -d로 실행하고 둘 다 stress --cpu 1을 실행합니다. CPU를 두고 다툴 때 cpu_1024가 cpu_512의 두 배를 씁니다.",
        "en": "Run the containers cpu_1024 (--cpu-shares 1024) and cpu_512 (--cpu-shares 512) from alicek106/stress detached (-d), both running stress --cpu 1. Competing for a CPU, cpu_1024 gets twice the time of cpu_512."
      },
      "commands": [
        "docker run -d --name cpu_1024 --cpu-shares 1024 alicek106/stress stress --cpu 1",
        "docker run -d --name cpu_512 --cpu-shares 512 alicek106/stress stress --cpu 1"
      ],
      "targets": {
        "cpu_1024": {
          "name": "cpu_1024",
          "describe": {
            "ko": "컨테이너 cpu_1024",
            "en": "container cpu_1024"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "cpu_1024",
            "--cpu-shares",
            "1024",
            "alicek106/stress",
            "stress",
            "--cpu",
            "1"
          ]
        },
        "cpu_512": {
          "name": "cpu_512",
          "describe": {
            "ko": "컨테이너 cpu_512",
            "en": "container cpu_512"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "cpu_512",
            "--cpu-shares",
            "512",
            "alicek106/stress",
            "stress",
            "--cpu",
            "1"
          ]
        }
      },
      "checks": [
        {
          "kind": "field",
          "target": "cpu_1024",
          "id": "cpu-1024",
          "points": 2,
          "params": {
            "field": "resources.cpuShares",
            "equals": 1024
          }
        },
        {
          "kind": "field",
          "target": "cpu_512",
          "id": "cpu-512",
          "points": 2,
          "params": {
            "field": "resources.cpuShares",
            "equals": 512
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "cpu_1024",
          "--cpu-shares",
          "1024",
          "alicek106/stress",
          "stress",
          "--cpu",
          "1"
        ],
        [
          "run",
          "-d",
          "--name",
          "cpu_512",
          "--cpu-shares",
          "512",
          "alicek106/stress",
          "stress",
          "--cpu",
          "1"
        ]
      ],
      "mutations": [
        {
          "check": "cpu-1024",
          "description": {
            "ko": "cpu_1024에 --cpu-shares 없음",
            "en": "cpu_1024 without --cpu-shares"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpu_1024",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "run",
              "-d",
              "--name",
              "cpu_512",
              "--cpu-shares",
              "512",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "cpu-512",
          "description": {
            "ko": "cpu_512도 --cpu-shares 1024",
            "en": "cpu_512 with --cpu-shares 1024 too"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpu_1024",
              "--cpu-shares",
              "1024",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "run",
              "-d",
              "--name",
              "cpu_512",
              "--cpu-shares",
              "1024",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        }
      ],
      "creates": [
        "cpu_1024",
        "cpu_512"
      ]
    },
    {
      "id": "2.2.9/cpuset-2",
      "section": "2.2.9",
      "order": 5,
      "source": "exercises/2.2.9-cpuset-2.yaml",
      "title": {
        "ko": "--cpuset-cpus로 CPU 하나만 쓰기",
        "en": "One CPU only with --cpuset-cpus"
      },
      "goal": {
        "ko": "alicek106/stress 이미지로 cpuset_2 컨테이너를 -d로 실행하면서 --cpuset-cpus=2로 세 번째 CPU(2번)만 쓰게 하고, stress --cpu 1을 실행합니다. CPU가 3개보다 적은 호스트는 2번 CPU가 없어 엔진이 거부하므로, 그 호스트에 있는 다른 CPU 하나(예를 들어 --cpuset-cpus=1)도 통과합니다.",
        "en": "Run the container cpuset_2 from alicek106/stress detached (-d), letting it use only the third CPU (--cpuset-cpus=2), running stress --cpu 1. A host with fewer than three CPUs has no CPU 2 and the engine refuses it, so there another single CPU of the host (say --cpuset-cpus=1) passes too."
      },
      "commands": [
        "docker run -d --name cpuset_2 --cpuset-cpus=2 alicek106/stress stress --cpu 1"
      ],
      "targets": {
        "cpuset_2": {
          "name": "cpuset_2",
          "describe": {
            "ko": "컨테이너 cpuset_2",
            "en": "container cpuset_2"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "cpuset_2",
            "--cpuset-cpus=2",
            "alicek106/stress",
            "stress",
            "--cpu",
            "1"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "cpuset_2",
          "params": {}
        },
        {
          "kind": "image",
          "target": "cpuset_2",
          "params": {
            "reference": "alicek106/stress"
          }
        },
        {
          "kind": "cpuset",
          "target": "cpuset_2",
          "params": {
            "cpus": "2",
            "asCreated": true
          }
        },
        {
          "kind": "running",
          "target": "cpuset_2",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "cpuset_2",
          "--cpuset-cpus=2",
          "alicek106/stress",
          "stress",
          "--cpu",
          "1"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 cpuset2",
            "en": "named cpuset2"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset2",
              "--cpuset-cpus=2",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "ubuntu:14.04 이미지",
            "en": "the image ubuntu:14.04"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset_2",
              "--cpuset-cpus=2",
              "ubuntu:14.04",
              "sleep",
              "3600"
            ]
          ]
        },
        {
          "check": "cpuset",
          "description": {
            "ko": "--cpuset-cpus 없음 (모든 CPU)",
            "en": "no --cpuset-cpus (every CPU)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset_2",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset_2",
              "--cpuset-cpus=2",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "stop",
              "-t",
              "1",
              "cpuset_2"
            ]
          ]
        }
      ],
      "creates": [
        "cpuset_2",
        "cpuset2"
      ]
    },
    {
      "id": "2.2.9/quota-1-4",
      "section": "2.2.9",
      "order": 6,
      "source": "exercises/2.2.9-quota-1-4.yaml",
      "title": {
        "ko": "--cpu-period와 --cpu-quota로 CPU 시간의 1/4",
        "en": "A quarter of the CPU time with --cpu-period and --cpu-quota"
      },
      "goal": {
        "ko": "alicek106/stress 이미지로 quota_1_4 컨테이너를 -d로 실행하면서 --cpu-period=100000과 --cpu-quota=25000으로 CPU 시간의 1/4만 쓰게 하고, stress --cpu 1을 실행합니다.",
        "en": "Run the container quota_1_4 from alicek106/stress detached (-d), limiting it to a quarter of the CPU time (--cpu-period=100000 --cpu-quota=25000), running stress --cpu 1."
      },
      "commands": [
        "docker run -d --name quota_1_4 --cpu-period=100000 --cpu-quota=25000 alicek106/stress stress --cpu 1"
      ],
      "targets": {
        "quota_1_4": {
          "name": "quota_1_4",
          "describe": {
            "ko": "컨테이너 quota_1_4",
            "en": "container quota_1_4"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "quota_1_4",
            "--cpu-period=100000",
            "--cpu-quota=25000",
            "alicek106/stress",
            "stress",
            "--cpu",
            "1"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "quota_1_4",
          "params": {}
        },
        {
          "kind": "image",
          "target": "quota_1_4",
          "params": {
            "reference": "alicek106/stress"
          }
        },
        {
          "kind": "field",
          "target": "quota_1_4",
          "id": "cpu-period",
          "params": {
            "field": "resources.cpuPeriod",
            "equals": 100000
          }
        },
        {
          "kind": "field",
          "target": "quota_1_4",
          "id": "cpu-quota",
          "params": {
            "field": "resources.cpuQuota",
            "equals": 25000
          }
        },
        {
          "kind": "running",
          "target": "quota_1_4",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "quota_1_4",
          "--cpu-period=100000",
          "--cpu-quota=25000",
          "alicek106/stress",
          "stress",
          "--cpu",
          "1"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 quota_1-4",
            "en": "named quota_1-4"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "quota_1-4",
              "--cpu-period=100000",
              "--cpu-quota=25000",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "ubuntu:14.04 이미지",
            "en": "the image ubuntu:14.04"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "quota_1_4",
              "--cpu-period=100000",
              "--cpu-quota=25000",
              "ubuntu:14.04",
              "sleep",
              "3600"
            ]
          ]
        },
        {
          "check": "cpu-period",
          "description": {
            "ko": "--cpu-period=50000 (1/2)",
            "en": "--cpu-period=50000 (a half)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "quota_1_4",
              "--cpu-period=50000",
              "--cpu-quota=25000",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "cpu-quota",
          "description": {
            "ko": "--cpu-quota=50000 (1/2)",
            "en": "--cpu-quota=50000 (a half)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "quota_1_4",
              "--cpu-period=100000",
              "--cpu-quota=50000",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "quota_1_4",
              "--cpu-period=100000",
              "--cpu-quota=25000",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "stop",
              "-t",
              "1",
              "quota_1_4"
            ]
          ]
        }
      ],
      "creates": [
        "quota_1_4",
        "quota_1-4"
      ]
    },
    {
      "id": "2.2.9/cpus-container",
      "section": "2.2.9",
      "order": 7,
      "source": "exercises/2.2.9-cpus-container.yaml",
      "title": {
        "ko": "--cpus로 CPU 0.5개",
        "en": "Half a CPU with --cpus"
      },
      "goal": {
        "ko": "alicek106/stress 이미지로 cpus_container 컨테이너를 -d로 실행하면서 --cpus=0.5로 CPU를 0.5개만 쓰게 하고, stress --cpu 1을 실행합니다.",
        "en": "Run the container cpus_container from alicek106/stress detached (-d), limiting it to half a CPU (--cpus=0.5), running stress --cpu 1."
      },
      "commands": [
        "docker run -d --name cpus_container --cpus=0.5 alicek106/stress stress --cpu 1"
      ],
      "targets": {
        "cpus_container": {
          "name": "cpus_container",
          "describe": {
            "ko": "컨테이너 cpus_container",
            "en": "container cpus_container"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "cpus_container",
            "--cpus=0.5",
            "alicek106/stress",
            "stress",
            "--cpu",
            "1"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "cpus_container",
          "params": {}
        },
        {
          "kind": "image",
          "target": "cpus_container",
          "params": {
            "reference": "alicek106/stress"
          }
        },
        {
          "kind": "field",
          "target": "cpus_container",
          "id": "cpus",
          "params": {
            "field": "resources.nanoCpus",
            "equals": 500000000
          }
        },
        {
          "kind": "running",
          "target": "cpus_container",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "cpus_container",
          "--cpus=0.5",
          "alicek106/stress",
          "stress",
          "--cpu",
          "1"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 cpu_container",
            "en": "named cpu_container"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpu_container",
              "--cpus=0.5",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "ubuntu:14.04 이미지",
            "en": "the image ubuntu:14.04"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpus_container",
              "--cpus=0.5",
              "ubuntu:14.04",
              "sleep",
              "3600"
            ]
          ]
        },
        {
          "check": "cpus",
          "description": {
            "ko": "--cpus=1",
            "en": "--cpus=1"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpus_container",
              "--cpus=1",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpus_container",
              "--cpus=0.5",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "stop",
              "-t",
              "1",
              "cpus_container"
            ]
          ]
        }
      ],
      "creates": [
        "cpus_container",
        "cpu_container"
      ]
    },
    {
      "id": "2.2.9/update-cpuset",
      "section": "2.2.9",
      "order": 8,
      "source": "exercises/2.2.9-update-cpuset.yaml",
      "title": {
        "ko": "실행 중인 컨테이너의 자원 제한을 docker update로 바꾸기",
        "en": "Changing a running container's limits with docker update"
      },
      "goal": {
        "ko": "실행 중인 cpuset_2 컨테이너의 --cpuset-cpus를 docker update --cpuset-cpus=1 cpuset_2로 1번 CPU로 바꿉니다. 컨테이너를 다시 만들지 않고 바꾼 것은 엔진 이벤트(update)로 확인합니다.",
        "en": "Change the running container cpuset_2 to CPU 1 with docker update --cpuset-cpus=1 cpuset_2. That it changed without being made again is read from the engine's events (update)."
      },
      "commands": [
        "docker update --cpuset-cpus=1 cpuset_2"
      ],
      "targets": {
        "cpuset_2": {
          "name": "cpuset_2",
          "shared": true,
          "describe": {
            "ko": "컨테이너 cpuset_2",
            "en": "container cpuset_2"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "cpuset_2",
            "--cpuset-cpus=2",
            "alicek106/stress",
            "stress",
            "--cpu",
            "1"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "cpuset_2",
          "params": {}
        },
        {
          "kind": "update-seen",
          "target": "cpuset_2",
          "params": {
            "command": "docker update --cpuset-cpus=1 cpuset_2"
          }
        },
        {
          "kind": "cpuset",
          "target": "cpuset_2",
          "params": {
            "cpus": "1",
            "fix": "docker update --cpuset-cpus=1 cpuset_2"
          }
        },
        {
          "kind": "running",
          "target": "cpuset_2",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "cpuset_2",
          "--cpuset-cpus=2",
          "alicek106/stress",
          "stress",
          "--cpu",
          "1"
        ],
        [
          "update",
          "--cpuset-cpus=1",
          "cpuset_2"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "이름 cpuset2",
            "en": "named cpuset2"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset2",
              "--cpuset-cpus=2",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "update",
              "--cpuset-cpus=1",
              "cpuset2"
            ]
          ]
        },
        {
          "check": "updated",
          "description": {
            "ko": "docker update 없이 처음부터 --cpuset-cpus=1로 만듦",
            "en": "made with --cpuset-cpus=1 from the start, no docker update"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset_2",
              "--cpuset-cpus=1",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ]
          ]
        },
        {
          "check": "cpuset",
          "description": {
            "ko": "docker update --cpuset-cpus=0 (0번 CPU)",
            "en": "docker update --cpuset-cpus=0 (CPU 0)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset_2",
              "--cpuset-cpus=2",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "update",
              "--cpuset-cpus=0",
              "cpuset_2"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "바꾼 뒤 멈춤",
            "en": "stopped after the update"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "cpuset_2",
              "--cpuset-cpus=2",
              "alicek106/stress",
              "stress",
              "--cpu",
              "1"
            ],
            [
              "update",
              "--cpuset-cpus=1",
              "cpuset_2"
            ],
            [
              "stop",
              "-t",
              "1",
              "cpuset_2"
            ]
          ]
        }
      ],
      "creates": [
        "cpuset_2",
        "cpuset2"
      ],
      "commandView": false
    },
    {
      "id": "2.2.9/write-bps",
      "section": "2.2.9",
      "order": 9,
      "source": "exercises/2.2.9-write-bps.yaml",
      "title": {
        "ko": "--device-write-bps로 초당 쓰기 양 제한",
        "en": "Limiting bytes written per second with --device-write-bps"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 컨테이너를 -i -t로 실행하면서 --device-write-bps /dev/xvda:1mb로 블록 장치에 초당 1MB만 쓰게 하고, 안에서 dd로 확인합니다. 장치 이름은 호스트마다 다르니(책은 /dev/xvda) `lsblk`로 본 호스트의 디스크(/dev/sda, /dev/vda 등)를 쓰세요. 어느 장치든 통과하고, 속도를 채점합니다.",
        "en": "Run a container from ubuntu:14.04 with -i -t, letting it write only 1 MB per second to a block device (--device-write-bps /dev/xvda:1mb), and try it with dd inside. The device differs per host (the book's /dev/xvda is AWS's): use your host's disk as lsblk shows it (/dev/sda, /dev/vda, …). Any device passes; the rate is graded."
      },
      "commands": [
        "docker run -it --device-write-bps /dev/xvda:1mb ubuntu:14.04",
        "dd if=/dev/zero of=test.out bs=1M count=10 oflag=direct"
      ],
      "unnamed": "write-bps",
      "targets": {
        "io": {
          "match": {
            "repository": "ubuntu"
          },
          "describe": {
            "ko": "쓰기 속도를 제한한 ubuntu 컨테이너",
            "en": "ubuntu container with a write rate limit"
          },
          "create": [
            "run",
            "-it",
            "--device-write-bps",
            "/dev/xvda:1mb",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "image",
          "target": "io",
          "params": {
            "reference": "ubuntu:14.04"
          }
        },
        {
          "kind": "field",
          "target": "io",
          "id": "write-bps",
          "params": {
            "field": "resources.blkioDeviceWriteBps",
            "present": true
          }
        },
        {
          "kind": "field",
          "target": "io",
          "id": "rate",
          "requires": [
            "write-bps"
          ],
          "params": {
            "field": "resources.blkioDeviceWriteBps.0.rate",
            "equals": 1048576
          }
        }
      ],
      "solution": [
        [
          "create",
          "-i",
          "-t",
          "--device-write-bps",
          "/dev/xvda:1mb",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 ubuntu:16.04",
            "en": "another tag, ubuntu:16.04"
          },
          "steps": [
            [
              "tag",
              "ubuntu:14.04",
              "ubuntu:16.04"
            ],
            [
              "create",
              "-i",
              "-t",
              "--device-write-bps",
              "/dev/xvda:1mb",
              "ubuntu:16.04"
            ]
          ]
        },
        {
          "check": "write-bps",
          "description": {
            "ko": "--device-write-bps 없음",
            "en": "no --device-write-bps"
          },
          "steps": [
            [
              "create",
              "-i",
              "-t",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "rate",
          "description": {
            "ko": "/dev/xvda:10mb (10MB)",
            "en": "/dev/xvda:10mb (10 MB)"
          },
          "steps": [
            [
              "create",
              "-i",
              "-t",
              "--device-write-bps",
              "/dev/xvda:10mb",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "write-bps"
      ]
    },
    {
      "id": "2.2.9/write-iops",
      "section": "2.2.9",
      "order": 10,
      "source": "exercises/2.2.9-write-iops.yaml",
      "title": {
        "ko": "--device-write-iops로 초당 쓰기 횟수 제한",
        "en": "Limiting writes per second with --device-write-iops"
      },
      "goal": {
        "ko": "ubuntu:14.04 이미지로 컨테이너를 -i -t로 실행하면서 --device-write-iops /dev/xvda:5로 블록 장치에 초당 5번만 쓰게 하고, 안에서 dd로 확인합니다 (책은 10으로도 실행해 두 배 빨라지는 것을 봅니다). 장치 이름은 호스트마다 다르니 `lsblk`로 본 호스트의 디스크를 쓰세요. 어느 장치든 통과하고, 횟수(5 또는 10)를 채점합니다.",
        "en": "Run a container from ubuntu:14.04 with -i -t, letting it write only 5 times per second to a block device (--device-write-iops /dev/xvda:5), and try it with dd inside (the book runs it with 10 too and sees it twice as fast). The device differs per host: use your host's disk as lsblk shows it. Any device passes; the rate (5 or 10) is graded."
      },
      "commands": [
        "docker run -it --device-write-iops /dev/xvda:5 ubuntu:14.04",
        "dd if=/dev/zero of=test.out bs=1M count=10 oflag=direct",
        "docker run -it --device-write-iops /dev/xvda:10 ubuntu:14.04"
      ],
      "unnamed": "write-iops",
      "targets": {
        "io": {
          "match": {
            "repository": "ubuntu"
          },
          "describe": {
            "ko": "쓰기 횟수를 제한한 ubuntu 컨테이너",
            "en": "ubuntu container with a write IOPS limit"
          },
          "create": [
            "run",
            "-it",
            "--device-write-iops",
            "/dev/xvda:5",
            "ubuntu:14.04"
          ]
        }
      },
      "checks": [
        {
          "kind": "image",
          "target": "io",
          "params": {
            "reference": "ubuntu:14.04"
          }
        },
        {
          "kind": "field",
          "target": "io",
          "id": "write-iops",
          "params": {
            "field": "resources.blkioDeviceWriteIOps",
            "present": true
          }
        },
        {
          "kind": "field",
          "target": "io",
          "id": "rate",
          "requires": [
            "write-iops"
          ],
          "params": {
            "field": "resources.blkioDeviceWriteIOps.0.rate",
            "oneOf": [
              5,
              10
            ]
          }
        }
      ],
      "solution": [
        [
          "create",
          "-i",
          "-t",
          "--device-write-iops",
          "/dev/xvda:5",
          "ubuntu:14.04"
        ]
      ],
      "mutations": [
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 ubuntu:16.04",
            "en": "another tag, ubuntu:16.04"
          },
          "steps": [
            [
              "tag",
              "ubuntu:14.04",
              "ubuntu:16.04"
            ],
            [
              "create",
              "-i",
              "-t",
              "--device-write-iops",
              "/dev/xvda:5",
              "ubuntu:16.04"
            ]
          ]
        },
        {
          "check": "write-iops",
          "description": {
            "ko": "--device-write-iops 대신 --device-write-bps /dev/xvda:5mb",
            "en": "--device-write-bps /dev/xvda:5mb instead of --device-write-iops"
          },
          "steps": [
            [
              "create",
              "-i",
              "-t",
              "--device-write-bps",
              "/dev/xvda:5mb",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "rate",
          "description": {
            "ko": "/dev/xvda:100 (초당 100번)",
            "en": "/dev/xvda:100 (100 a second)"
          },
          "steps": [
            [
              "create",
              "-i",
              "-t",
              "--device-write-iops",
              "/dev/xvda:100",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "write-iops"
      ]
    }
  ],
  "2.3.1": (): readonly CompiledExercise[] => [
    {
      "id": "2.3.1/commit",
      "section": "2.3.1",
      "order": 1,
      "source": "exercises/2.3.1-commit.yaml",
      "title": {
        "ko": "컨테이너를 이미지로 커밋 (commit_test:first)",
        "en": "Commit a container into an image (commit_test:first)"
      },
      "goal": {
        "ko": "ubuntu:14.04로 만든 commit_test 컨테이너 안에 first 파일을 만들고, docker commit -a \"alicek106\" -m \"my first commit\"으로 commit_test:first 이미지를 만듭니다. 이미지에는 작성자와 커밋 메시지가 남고, ubuntu:14.04보다 레이어가 하나 더 있습니다.",
        "en": "Create the file first inside the container commit_test (made from ubuntu:14.04), then make the image commit_test:first with docker commit -a \"alicek106\" -m \"my first commit\": the image records its author and message, and has one layer more than ubuntu:14.04."
      },
      "commands": [
        "docker run -i -t --name commit_test ubuntu:14.04",
        "echo test_first! >> first",
        "docker commit -a \"alicek106\" -m \"my first commit\" commit_test commit_test:first",
        "docker images"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "image-present",
          "id": "made",
          "params": {
            "reference": "commit_test:first",
            "made": true,
            "fix": "docker commit -a \"alicek106\" -m \"my first commit\" commit_test commit_test:first"
          }
        },
        {
          "kind": "field",
          "id": "author",
          "requires": "made",
          "params": {
            "object": "image",
            "name": "commit_test:first",
            "made": true,
            "field": "author",
            "equals": "alicek106",
            "fix": "docker commit -a \"alicek106\" -m \"my first commit\" commit_test commit_test:first"
          }
        },
        {
          "kind": "field",
          "id": "comment",
          "requires": "made",
          "params": {
            "object": "image",
            "name": "commit_test:first",
            "made": true,
            "field": "comment",
            "equals": "my first commit",
            "fix": "docker commit -a \"alicek106\" -m \"my first commit\" commit_test commit_test:first"
          }
        },
        {
          "kind": "image-layers",
          "id": "layers",
          "requires": "made",
          "params": {
            "name": "commit_test:first",
            "made": true,
            "base": "ubuntu:14.04",
            "more": 1,
            "fix": "docker commit -a \"alicek106\" -m \"my first commit\" commit_test commit_test:first"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "commit_test",
          "ubuntu:14.04"
        ],
        [
          "exec",
          "commit_test",
          "sh",
          "-c",
          "echo test_first! >> first"
        ],
        [
          "commit",
          "-a",
          "alicek106",
          "-m",
          "my first commit",
          "commit_test",
          "commit_test:first"
        ]
      ],
      "mutations": [
        {
          "check": "made",
          "description": {
            "ko": "태그 없이 커밋함 (commit_test:latest)",
            "en": "committed without the tag (commit_test:latest)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test",
              "sh",
              "-c",
              "echo test_first! >> first"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my first commit",
              "commit_test",
              "commit_test"
            ]
          ]
        },
        {
          "check": "author",
          "description": {
            "ko": "-a 없이 커밋함",
            "en": "committed without -a"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test",
              "sh",
              "-c",
              "echo test_first! >> first"
            ],
            [
              "commit",
              "-m",
              "my first commit",
              "commit_test",
              "commit_test:first"
            ]
          ]
        },
        {
          "check": "comment",
          "description": {
            "ko": "다른 메시지 \"first commit\"",
            "en": "another message, \"first commit\""
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test",
              "sh",
              "-c",
              "echo test_first! >> first"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "first commit",
              "commit_test",
              "commit_test:first"
            ]
          ]
        },
        {
          "check": "layers",
          "description": {
            "ko": "컨테이너 안에서 아무것도 바꾸지 않고 커밋함 (새 레이어 없음)",
            "en": "committed without changing anything in the container (no new layer)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my first commit",
              "commit_test",
              "commit_test:first"
            ]
          ]
        }
      ],
      "creates": [
        "commit_test"
      ]
    }
  ],
  "2.3.2": (): readonly CompiledExercise[] => [
    {
      "id": "2.3.2/commit-second",
      "section": "2.3.2",
      "order": 1,
      "source": "exercises/2.3.2-commit-second.yaml",
      "title": {
        "ko": "커밋한 이미지로 다시 커밋 (commit_test:second)",
        "en": "Commit again from the committed image (commit_test:second)"
      },
      "goal": {
        "ko": "commit_test:first 이미지로 commit_test2 컨테이너를 만들고 그 안에 second 파일을 만든 뒤, docker commit -a \"alicek106\" -m \"my second commit\"으로 commit_test:second 이미지를 만듭니다. commit_test:second는 commit_test:first의 레이어를 그대로 가지고 그 위에 레이어를 하나 더 가집니다.",
        "en": "Create the container commit_test2 from the image commit_test:first, create the file second inside it, then make the image commit_test:second with docker commit -a \"alicek106\" -m \"my second commit\": commit_test:second holds the layers of commit_test:first and one more on top."
      },
      "commands": [
        "docker run -i -t --name commit_test2 commit_test:first",
        "echo test_second! >> second",
        "docker commit -a \"alicek106\" -m \"my second commit\" commit_test2 commit_test:second",
        "docker inspect ubuntu:14.04",
        "docker inspect commit_test:first",
        "docker inspect commit_test:second"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "image-present",
          "id": "made",
          "params": {
            "reference": "commit_test:second",
            "made": true,
            "fix": "docker commit -a \"alicek106\" -m \"my second commit\" commit_test2 commit_test:second"
          }
        },
        {
          "kind": "field",
          "id": "comment",
          "requires": "made",
          "params": {
            "object": "image",
            "name": "commit_test:second",
            "made": true,
            "field": "comment",
            "equals": "my second commit",
            "fix": "docker commit -a \"alicek106\" -m \"my second commit\" commit_test2 commit_test:second"
          }
        },
        {
          "kind": "image-layers",
          "id": "layers",
          "requires": "made",
          "params": {
            "name": "commit_test:second",
            "made": true,
            "base": "commit_test:first",
            "baseMade": true,
            "more": 1,
            "fix": "docker commit -a \"alicek106\" -m \"my second commit\" commit_test2 commit_test:second"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "commit_test",
          "ubuntu:14.04"
        ],
        [
          "exec",
          "commit_test",
          "sh",
          "-c",
          "echo test_first! >> first"
        ],
        [
          "commit",
          "-a",
          "alicek106",
          "-m",
          "my first commit",
          "commit_test",
          "commit_test:first"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "commit_test2",
          "commit_test:first"
        ],
        [
          "exec",
          "commit_test2",
          "sh",
          "-c",
          "echo test_second! >> second"
        ],
        [
          "commit",
          "-a",
          "alicek106",
          "-m",
          "my second commit",
          "commit_test2",
          "commit_test:second"
        ]
      ],
      "mutations": [
        {
          "check": "made",
          "description": {
            "ko": "태그 없이 커밋함 (commit_test:latest)",
            "en": "committed without the tag (commit_test:latest)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test",
              "sh",
              "-c",
              "echo test_first! >> first"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my first commit",
              "commit_test",
              "commit_test:first"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test2",
              "commit_test:first"
            ],
            [
              "exec",
              "commit_test2",
              "sh",
              "-c",
              "echo test_second! >> second"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my second commit",
              "commit_test2",
              "commit_test"
            ]
          ]
        },
        {
          "check": "comment",
          "description": {
            "ko": "첫 커밋의 메시지를 다시 씀 (\"my first commit\")",
            "en": "the first commit's message again (\"my first commit\")"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test",
              "sh",
              "-c",
              "echo test_first! >> first"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my first commit",
              "commit_test",
              "commit_test:first"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test2",
              "commit_test:first"
            ],
            [
              "exec",
              "commit_test2",
              "sh",
              "-c",
              "echo test_second! >> second"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my first commit",
              "commit_test2",
              "commit_test:second"
            ]
          ]
        },
        {
          "check": "layers",
          "description": {
            "ko": "commit_test2를 commit_test:first가 아닌 ubuntu:14.04로 만듦",
            "en": "commit_test2 made from ubuntu:14.04, not from commit_test:first"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test",
              "sh",
              "-c",
              "echo test_first! >> first"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my first commit",
              "commit_test",
              "commit_test:first"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_test2",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_test2",
              "sh",
              "-c",
              "echo test_second! >> second"
            ],
            [
              "commit",
              "-a",
              "alicek106",
              "-m",
              "my second commit",
              "commit_test2",
              "commit_test:second"
            ]
          ]
        }
      ],
      "creates": [
        "commit_test",
        "commit_test2"
      ]
    }
  ],
  "2.3.3": (): readonly CompiledExercise[] => [
    {
      "id": "2.3.3/export-import",
      "section": "2.3.3",
      "order": 1,
      "source": "exercises/2.3.3-export-import.yaml",
      "title": {
        "ko": "이미지 추출과 불러오기 (save/load, export/import)",
        "en": "Exporting and loading images (save/load, export/import)"
      },
      "goal": {
        "ko": "docker save로 ubuntu:14.04 이미지를 ubuntu_14_04.tar 파일로 추출하고 docker load로 다시 불러옵니다. docker export로 mycontainer 컨테이너의 파일 시스템을 rootFS.tar로 추출하고 docker import로 myimage:0.0 이미지를 만듭니다. import한 이미지는 레이어가 하나이고 실행할 명령(`Cmd`)이 없습니다. 추출한 파일은 학습자의 디스크에 있어 채점할 수 없으므로, 불러온 이미지와 만든 이미지를 채점합니다.",
        "en": "Export the image ubuntu:14.04 into the file ubuntu_14_04.tar with docker save and load it again with docker load; export the filesystem of the container mycontainer into rootFS.tar with docker export and make the image myimage:0.0 from it with docker import. An imported image has one layer and no Cmd. The tar files are on your own disk, out of reach of the grader: the loaded and the imported images are graded."
      },
      "commands": [
        "docker save -o ubuntu_14_04.tar ubuntu:14.04",
        "docker load -i ubuntu_14_04.tar",
        "docker export -o rootFS.tar mycontainer",
        "docker import rootFS.tar myimage:0.0"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "image-present",
          "id": "made",
          "params": {
            "reference": "myimage:0.0",
            "made": true,
            "fix": "docker import rootFS.tar myimage:0.0"
          }
        },
        {
          "kind": "field",
          "id": "one-layer",
          "requires": "made",
          "params": {
            "object": "image",
            "name": "myimage:0.0",
            "made": true,
            "field": "layers",
            "equals": 1,
            "fix": "docker export -o rootFS.tar mycontainer && docker import rootFS.tar myimage:0.0"
          }
        },
        {
          "kind": "field",
          "id": "no-cmd",
          "requires": [
            "made",
            "one-layer"
          ],
          "params": {
            "object": "image",
            "name": "myimage:0.0",
            "made": true,
            "field": "config.cmd",
            "equals": null,
            "fix": "docker import rootFS.tar myimage:0.0"
          }
        },
        {
          "kind": "image-event",
          "id": "loaded",
          "params": {
            "name": "ubuntu:14.04",
            "action": "load",
            "fix": "docker save -o ubuntu_14_04.tar ubuntu:14.04 && docker load -i ubuntu_14_04.tar"
          }
        }
      ],
      "solution": [
        [
          "save",
          "-o",
          "ubuntu_14_04.tar",
          "ubuntu:14.04"
        ],
        [
          "load",
          "-i",
          "ubuntu_14_04.tar"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "mycontainer",
          "ubuntu:14.04"
        ],
        [
          "export",
          "-o",
          "rootFS.tar",
          "mycontainer"
        ],
        [
          "import",
          "rootFS.tar",
          "myimage:0.0"
        ]
      ],
      "mutations": [
        {
          "check": "made",
          "description": {
            "ko": "태그 없이 import함 (myimage:latest)",
            "en": "imported without the tag (myimage:latest)"
          },
          "steps": [
            [
              "save",
              "-o",
              "ubuntu_14_04.tar",
              "ubuntu:14.04"
            ],
            [
              "load",
              "-i",
              "ubuntu_14_04.tar"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mycontainer",
              "ubuntu:14.04"
            ],
            [
              "export",
              "-o",
              "rootFS.tar",
              "mycontainer"
            ],
            [
              "import",
              "rootFS.tar",
              "myimage"
            ]
          ]
        },
        {
          "check": "one-layer",
          "description": {
            "ko": "export/import 대신 docker commit으로 만듦 (레이어 2개, Cmd 있음)",
            "en": "made with docker commit instead of export/import (two layers, a Cmd)"
          },
          "steps": [
            [
              "save",
              "-o",
              "ubuntu_14_04.tar",
              "ubuntu:14.04"
            ],
            [
              "load",
              "-i",
              "ubuntu_14_04.tar"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mycontainer",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "mycontainer",
              "sh",
              "-c",
              "echo changed > /changed"
            ],
            [
              "commit",
              "mycontainer",
              "myimage:0.0"
            ]
          ]
        },
        {
          "check": "no-cmd",
          "description": {
            "ko": "import하면서 -c로 CMD를 줌",
            "en": "gave a CMD with -c while importing"
          },
          "steps": [
            [
              "save",
              "-o",
              "ubuntu_14_04.tar",
              "ubuntu:14.04"
            ],
            [
              "load",
              "-i",
              "ubuntu_14_04.tar"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mycontainer",
              "ubuntu:14.04"
            ],
            [
              "export",
              "-o",
              "rootFS.tar",
              "mycontainer"
            ],
            [
              "import",
              "-c",
              "CMD [\"/bin/bash\"]",
              "rootFS.tar",
              "myimage:0.0"
            ]
          ]
        },
        {
          "check": "loaded",
          "description": {
            "ko": "ubuntu:14.04를 지운 뒤 load하지 않음",
            "en": "removed ubuntu:14.04 and never loaded it back"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "mycontainer",
              "ubuntu:14.04"
            ],
            [
              "export",
              "-o",
              "rootFS.tar",
              "mycontainer"
            ],
            [
              "import",
              "rootFS.tar",
              "myimage:0.0"
            ]
          ],
          "edit": {
            "retagImage": {
              "from": "ubuntu:14.04",
              "to": "ubuntu:14.04-removed"
            }
          }
        }
      ],
      "creates": [
        "mycontainer"
      ]
    }
  ],
  "2.3.4": (): readonly CompiledExercise[] => [
    {
      "id": "2.3.4/tag",
      "section": "2.3.4",
      "order": 1,
      "source": "exercises/2.3.4-tag.yaml",
      "title": {
        "ko": "이미지에 사용자 이름이 붙은 이름 붙이기 (docker tag)",
        "en": "Name an image with your user name (docker tag)"
      },
      "goal": {
        "ko": "commit_container1 컨테이너를 my-image-name:0.0 이미지로 커밋하고, docker tag로 이 이미지에 <사용자 이름>/my-image-name:0.0 이름을 붙입니다 (책은 alicek106). 두 이름은 이미지 ID가 같은 한 이미지입니다. docker push는 도커 허브 계정이 있어야 하므로 채점하지 않습니다.",
        "en": "Commit the container commit_container1 as the image my-image-name:0.0, then give that image the name <user name>/my-image-name:0.0 with docker tag (the book uses alicek106): both names are one image, one image id. docker push needs a Docker Hub account and is not graded."
      },
      "commands": [
        "docker run -i -t --name commit_container1 ubuntu:14.04",
        "echo my first push >> test",
        "docker commit commit_container1 my-image-name:0.0",
        "docker tag my-image-name:0.0 alicek106/my-image-name:0.0",
        "docker push alicek106/my-image-name:0.0"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "image-present",
          "id": "made",
          "params": {
            "reference": "my-image-name:0.0",
            "made": true,
            "fix": "docker commit commit_container1 my-image-name:0.0"
          }
        },
        {
          "kind": "image-tagged",
          "id": "tagged",
          "points": 2,
          "requires": "made",
          "params": {
            "name": "my-image-name:0.0",
            "made": true,
            "as": "*/my-image-name:0.0",
            "fix": "docker tag my-image-name:0.0 alicek106/my-image-name:0.0"
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "commit_container1",
          "ubuntu:14.04"
        ],
        [
          "exec",
          "commit_container1",
          "sh",
          "-c",
          "echo my first push >> test"
        ],
        [
          "commit",
          "commit_container1",
          "my-image-name:0.0"
        ],
        [
          "tag",
          "my-image-name:0.0",
          "alicek106/my-image-name:0.0"
        ]
      ],
      "mutations": [
        {
          "check": "made",
          "description": {
            "ko": "다른 이름 my-image:0.0으로 커밋함",
            "en": "committed under another name, my-image:0.0"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_container1",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_container1",
              "sh",
              "-c",
              "echo my first push >> test"
            ],
            [
              "commit",
              "commit_container1",
              "my-image:0.0"
            ],
            [
              "tag",
              "my-image:0.0",
              "alicek106/my-image-name:0.0"
            ]
          ]
        },
        {
          "check": "tagged",
          "description": {
            "ko": "docker tag 대신 같은 컨테이너를 그 이름으로 한 번 더 커밋함 (이미지 두 개)",
            "en": "committed the container again under that name instead of docker tag (two images)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "commit_container1",
              "ubuntu:14.04"
            ],
            [
              "exec",
              "commit_container1",
              "sh",
              "-c",
              "echo my first push >> test"
            ],
            [
              "commit",
              "commit_container1",
              "my-image-name:0.0"
            ],
            [
              "commit",
              "commit_container1",
              "alicek106/my-image-name:0.0"
            ]
          ]
        }
      ],
      "creates": [
        "commit_container1"
      ]
    },
    {
      "id": "2.3.4/private-registry",
      "section": "2.3.4",
      "order": 2,
      "source": "exercises/2.3.4-private-registry.yaml",
      "title": {
        "ko": "도커 사설 레지스트리 컨테이너 myregistry",
        "en": "A private Docker registry, myregistry"
      },
      "goal": {
        "ko": "docker run -d --name myregistry -p 5000:5000 --restart=always registry:2.6으로 사설 레지스트리 컨테이너를 실행합니다. 호스트의 5000번 포트를 컨테이너의 5000번 포트에 바인딩하고, 도커 엔진이 다시 시작해도 컨테이너가 함께 시작되도록 --restart=always를 줍니다. 채점하는 것은 컨테이너의 설정입니다: push한 이미지가 /v2/_catalog에 나오는지는 아직 채점하지 않습니다.",
        "en": "Run the private registry container with docker run -d --name myregistry -p 5000:5000 --restart=always registry:2.6: host port 5000 bound to the container's port 5000, and --restart=always so it starts again with the Docker engine. The container's configuration is graded; whether a pushed image shows in /v2/_catalog is not graded yet."
      },
      "commands": [
        "docker run -d --name myregistry -p 5000:5000 --restart=always registry:2.6",
        "curl localhost:5000/v2/",
        "docker tag my-image-name:0.0 127.0.0.1:5000/my-image-name:0.0",
        "docker push 127.0.0.1:5000/my-image-name:0.0",
        "curl 127.0.0.1:5000/v2/_catalog"
      ],
      "targets": {
        "myregistry": {
          "name": "myregistry",
          "describe": {
            "ko": "컨테이너 myregistry",
            "en": "container myregistry"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "myregistry",
            "-p",
            "5000:5000",
            "--restart=always",
            "registry:2.6"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "myregistry",
          "params": {}
        },
        {
          "kind": "image",
          "target": "myregistry",
          "params": {
            "reference": "registry:2.6"
          }
        },
        {
          "kind": "field",
          "target": "myregistry",
          "id": "restart-always",
          "params": {
            "field": "restartPolicy.name",
            "equals": "always",
            "fix": "docker update --restart=always myregistry"
          }
        },
        {
          "kind": "port-published",
          "target": "myregistry",
          "id": "port-5000",
          "params": {
            "containerPort": "5000",
            "hostPort": "5000"
          }
        },
        {
          "kind": "running",
          "target": "myregistry",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "--name",
          "myregistry",
          "-p",
          "5000:5000",
          "--restart=always",
          "registry:2.6"
        ]
      ],
      "mutations": [
        {
          "check": "exists",
          "description": {
            "ko": "다른 이름 my_registry",
            "en": "another name, my_registry"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "my_registry",
              "-p",
              "5000:5000",
              "--restart=always",
              "registry:2.6"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "태그 없이 registry (= registry:latest)",
            "en": "registry without a tag (= registry:latest)"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "myregistry",
              "-p",
              "5000:5000",
              "--restart=always",
              "registry:2.6"
            ]
          ],
          "edit": {
            "containerImage": {
              "container": "myregistry",
              "image": "registry"
            }
          }
        },
        {
          "check": "restart-always",
          "description": {
            "ko": "--restart=always 없이 실행",
            "en": "run without --restart=always"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "myregistry",
              "-p",
              "5000:5000",
              "registry:2.6"
            ]
          ]
        },
        {
          "check": "port-5000",
          "description": {
            "ko": "다른 호스트 포트 -p 5001:5000",
            "en": "another host port, -p 5001:5000"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "myregistry",
              "-p",
              "5001:5000",
              "--restart=always",
              "registry:2.6"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "멈춤",
            "en": "stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "--name",
              "myregistry",
              "-p",
              "5000:5000",
              "--restart=always",
              "registry:2.6"
            ],
            [
              "stop",
              "-t",
              "1",
              "myregistry"
            ]
          ]
        }
      ],
      "creates": [
        "myregistry",
        "my_registry"
      ]
    }
  ],
  "2.4.3": (): readonly CompiledExercise[] => [
    {
      "id": "2.4.3/mybuild",
      "section": "2.4.3",
      "order": 1,
      "source": "exercises/2.4.3-mybuild.yaml",
      "title": {
        "ko": "Dockerfile로 웹 서버 이미지 mybuild:0.0 빌드하고 -P로 실행",
        "en": "Build the web-server image mybuild:0.0 from a Dockerfile and run it with -P"
      },
      "goal": {
        "ko": "책의 Dockerfile(MAINTAINER alicek106, LABEL purpose=practice, apache2 설치, ADD test.html, WORKDIR /var/www/html, EXPOSE 80, CMD apachectl -DFOREGROUND)로 docker build -t mybuild:0.0 ./ 명령을 실행해 이미지를 만들고, 그 이미지로 myserver 컨테이너를 -P 옵션과 함께 실행합니다. EXPOSE한 80번 포트가 호스트의 임의 포트에 바인딩되고, 그 포트에서 웹 서버가 응답해야 합니다.",
        "en": "Build the image mybuild:0.0 with docker build -t mybuild:0.0 ./ from the book's Dockerfile (MAINTAINER alicek106, LABEL purpose=practice, apache2 installed, ADD test.html, WORKDIR /var/www/html, EXPOSE 80, CMD apachectl -DFOREGROUND), then run the container myserver from it with -P: the exposed port 80 is bound to a random host port, where the web server answers."
      },
      "commands": [
        "mkdir dockerfile && cd dockerfile",
        "echo test >> test.html",
        "vi Dockerfile",
        "docker build -t mybuild:0.0 ./",
        "docker run -d -P --name myserver mybuild:0.0",
        "docker port myserver"
      ],
      "targets": {
        "myserver": {
          "name": "myserver",
          "describe": {
            "ko": "컨테이너 myserver",
            "en": "container myserver"
          },
          "create": [
            "run",
            "-d",
            "-P",
            "--name",
            "myserver",
            "mybuild:0.0"
          ]
        }
      },
      "checks": [
        {
          "kind": "field",
          "id": "mybuild",
          "params": {
            "object": "image",
            "name": "mybuild:0.0",
            "made": true,
            "field": "tags",
            "present": true,
            "fix": "docker build -t mybuild:0.0 ./"
          }
        },
        {
          "kind": "field",
          "id": "label",
          "requires": "mybuild",
          "params": {
            "object": "image",
            "name": "mybuild:0.0",
            "made": true,
            "field": "labels[\"purpose\"]",
            "equals": "practice",
            "fix": "docker build -t mybuild:0.0 ./"
          }
        },
        {
          "kind": "field",
          "id": "author",
          "requires": "mybuild",
          "params": {
            "object": "image",
            "name": "mybuild:0.0",
            "made": true,
            "field": "author",
            "equals": "alicek106",
            "fix": "docker build -t mybuild:0.0 ./"
          }
        },
        {
          "kind": "field",
          "id": "expose-80",
          "requires": "mybuild",
          "params": {
            "object": "image",
            "name": "mybuild:0.0",
            "made": true,
            "field": "config.exposedPorts",
            "includes": "80/tcp",
            "fix": "docker build -t mybuild:0.0 ./"
          }
        },
        {
          "kind": "field",
          "id": "workdir",
          "requires": "mybuild",
          "params": {
            "object": "image",
            "name": "mybuild:0.0",
            "made": true,
            "field": "config.workingDir",
            "equals": "/var/www/html",
            "fix": "docker build -t mybuild:0.0 ./"
          }
        },
        {
          "kind": "field",
          "id": "cmd",
          "requires": "mybuild",
          "params": {
            "object": "image",
            "name": "mybuild:0.0",
            "made": true,
            "field": "config.cmd",
            "oneOf": [
              [
                "/bin/sh",
                "-c",
                "apachectl -DFOREGROUND"
              ],
              [
                "apachectl",
                "-DFOREGROUND"
              ]
            ],
            "fix": "docker build -t mybuild:0.0 ./"
          }
        },
        {
          "kind": "exists",
          "target": "myserver",
          "params": {}
        },
        {
          "kind": "image",
          "target": "myserver",
          "requires": "mybuild",
          "params": {
            "reference": "mybuild:0.0",
            "made": true
          }
        },
        {
          "kind": "field",
          "target": "myserver",
          "id": "publish-all",
          "requires": "exists",
          "params": {
            "field": "publishAllPorts",
            "equals": true
          }
        },
        {
          "kind": "running",
          "target": "myserver",
          "params": {}
        },
        {
          "kind": "http-answers",
          "target": "myserver",
          "points": 2,
          "requires": [
            "image",
            "expose-80",
            "publish-all",
            "running"
          ],
          "params": {
            "containerPort": "80",
            "refusedHint": {
              "ko": [
                "컨테이너 안에서 apache2가 실행 중이지 않습니다. 이미지의 CMD가 apachectl -DFOREGROUND인지, docker run 끝에 다른 명령을 붙이지 않았는지 보세요: docker inspect ",
                {
                  "v": "container"
                }
              ],
              "en": [
                "apache2 is not running inside the container: check that the image's CMD is apachectl -DFOREGROUND and that docker run adds no command of its own: docker inspect ",
                {
                  "v": "container"
                }
              ]
            },
            "accept": "page"
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            "-t",
            "mybuild:0.0",
            "./"
          ],
          "files": {
            "test.html": "test\n",
            "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
          }
        },
        [
          "run",
          "-d",
          "-P",
          "--name",
          "myserver",
          "mybuild:0.0"
        ]
      ],
      "mutations": [
        {
          "check": "mybuild",
          "description": {
            "ko": "다른 태그 mybuild:0.1로 빌드",
            "en": "built with another tag, mybuild:0.1"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.1",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.1"
            ]
          ]
        },
        {
          "check": "label",
          "description": {
            "ko": "LABEL 줄을 빠뜨림",
            "en": "the LABEL line left out"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "author",
          "description": {
            "ko": "MAINTAINER 줄을 빠뜨림",
            "en": "the MAINTAINER line left out"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nLABEL \"purpose\"=\"practice\"\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "expose-80",
          "description": {
            "ko": "EXPOSE 80 줄을 빠뜨림 (-P가 바인딩할 포트가 없음)",
            "en": "the EXPOSE 80 line left out (-P has no port to bind)"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "workdir",
          "description": {
            "ko": "WORKDIR /var/www",
            "en": "WORKDIR /var/www"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "cmd",
          "description": {
            "ko": "CMD를 책과 다르게 씀 (service apache2 start와 tail -f)",
            "en": "a CMD other than the book's (service apache2 start and tail -f)"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nEXPOSE 80\nCMD service apache2 start && tail -f /dev/null\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "exists",
          "description": {
            "ko": "다른 이름 my_server",
            "en": "another name, my_server"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "my_server",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "mybuild:0.0 대신 ubuntu:14.04로 실행",
            "en": "run from ubuntu:14.04 instead of mybuild:0.0"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "-P",
              "--name",
              "myserver",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "publish-all",
          "description": {
            "ko": "-P 없이 실행",
            "en": "run without -P"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "myserver",
              "mybuild:0.0"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "컨테이너를 멈춤",
            "en": "the container stopped"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0"
            ],
            [
              "stop",
              "-t",
              "1",
              "myserver"
            ]
          ]
        },
        {
          "check": "http",
          "description": {
            "ko": "docker run 끝에 명령(sleep 600)을 붙여 CMD가 실행되지 않음",
            "en": "a command (sleep 600) after docker run replaces the CMD"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "mybuild:0.0",
                "./"
              ],
              "files": {
                "test.html": "test\n",
                "Dockerfile": "FROM ubuntu:14.04\nMAINTAINER alicek106\nLABEL \"purpose\"=\"practice\"\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD test.html /var/www/html\nWORKDIR /var/www/html\nRUN [\"/bin/bash\", \"-c\", \"echo hello >> test2.html\"]\n# stand-in only (not in the book): the offline busybox ubuntu:14.04 has no apachectl\nRUN [ -x /usr/sbin/apachectl ] || { printf '#!/bin/sh\\nexec httpd -f -p 80 -h /var/www/html\\n' > /usr/sbin/apachectl && chmod +x /usr/sbin/apachectl; }\nEXPOSE 80\nCMD apachectl -DFOREGROUND\n"
              }
            },
            [
              "run",
              "-d",
              "-P",
              "--name",
              "myserver",
              "mybuild:0.0",
              "sleep",
              "600"
            ]
          ]
        }
      ],
      "creates": [
        "myserver",
        "my_server"
      ]
    },
    {
      "id": "2.4.3/multi-stage",
      "section": "2.4.3",
      "order": 2,
      "source": "exercises/2.4.3-multi-stage.yaml",
      "title": {
        "ko": "멀티 스테이지 빌드로 훨씬 작아진 go_helloworld:multi-stage",
        "en": "A multi-stage build, go_helloworld:multi-stage, much smaller"
      },
      "goal": {
        "ko": "Go 프로그램을 한 단계로 빌드한 go_helloworld와, 빌드한 실행 파일만 COPY --from=0으로 alpine 이미지에 옮긴 멀티 스테이지 Dockerfile로 빌드한 go_helloworld:multi-stage를 만듭니다. docker images에서 멀티 스테이지 이미지가 훨씬 작아야 합니다.",
        "en": "Build go_helloworld from a single-stage Dockerfile that builds a Go program, and go_helloworld:multi-stage from a multi-stage one that copies only the built binary onto alpine with COPY --from=0: docker images shows the multi-stage image much smaller."
      },
      "commands": [
        "docker build . -t go_helloworld",
        "docker build . -t go_helloworld:multi-stage",
        "docker images"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "field",
          "id": "go_helloworld",
          "params": {
            "object": "image",
            "name": "go_helloworld",
            "made": true,
            "field": "tags",
            "present": true,
            "fix": "docker build . -t go_helloworld"
          }
        },
        {
          "kind": "field",
          "id": "multi-stage",
          "params": {
            "object": "image",
            "name": "go_helloworld:multi-stage",
            "made": true,
            "field": "tags",
            "present": true,
            "fix": "docker build . -t go_helloworld:multi-stage"
          }
        },
        {
          "kind": "image-smaller",
          "id": "smaller",
          "requires": [
            "go_helloworld",
            "multi-stage"
          ],
          "params": {
            "name": "go_helloworld:multi-stage",
            "made": true,
            "than": "go_helloworld",
            "thanMade": true,
            "fraction": 0.5,
            "fix": "docker build . -t go_helloworld:multi-stage"
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            ".",
            "-t",
            "go_helloworld"
          ],
          "files": {
            "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
            "Dockerfile": "FROM ubuntu:14.04\n# stand-in for FROM golang: its toolchain is a 20 MB file here\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\n# stand-in for go build -o /root/mainApp /root/main.go\nRUN cp /bin/busybox /root/mainApp\nCMD [\"./mainApp\"]\n"
          }
        },
        {
          "args": [
            "build",
            ".",
            "-t",
            "go_helloworld:multi-stage"
          ],
          "files": {
            "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
            "Dockerfile": "FROM ubuntu:14.04\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\nRUN cp /bin/busybox /root/mainApp\n\n# stand-in for FROM alpine:latest\nFROM scratch\nWORKDIR /root\nCOPY --from=0 /root/mainApp .\nCMD [\"./mainApp\"]\n"
          }
        }
      ],
      "mutations": [
        {
          "check": "go_helloworld",
          "description": {
            "ko": "다른 이름 go_hello로 빌드",
            "en": "built as another name, go_hello"
          },
          "steps": [
            {
              "args": [
                "build",
                ".",
                "-t",
                "go_hello"
              ],
              "files": {
                "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
                "Dockerfile": "FROM ubuntu:14.04\n# stand-in for FROM golang: its toolchain is a 20 MB file here\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\n# stand-in for go build -o /root/mainApp /root/main.go\nRUN cp /bin/busybox /root/mainApp\nCMD [\"./mainApp\"]\n"
              }
            },
            {
              "args": [
                "build",
                ".",
                "-t",
                "go_helloworld:multi-stage"
              ],
              "files": {
                "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\nRUN cp /bin/busybox /root/mainApp\n\n# stand-in for FROM alpine:latest\nFROM scratch\nWORKDIR /root\nCOPY --from=0 /root/mainApp .\nCMD [\"./mainApp\"]\n"
              }
            }
          ]
        },
        {
          "check": "multi-stage",
          "description": {
            "ko": "다른 태그 go_helloworld:multistage로 빌드",
            "en": "built with another tag, go_helloworld:multistage"
          },
          "steps": [
            {
              "args": [
                "build",
                ".",
                "-t",
                "go_helloworld"
              ],
              "files": {
                "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
                "Dockerfile": "FROM ubuntu:14.04\n# stand-in for FROM golang: its toolchain is a 20 MB file here\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\n# stand-in for go build -o /root/mainApp /root/main.go\nRUN cp /bin/busybox /root/mainApp\nCMD [\"./mainApp\"]\n"
              }
            },
            {
              "args": [
                "build",
                ".",
                "-t",
                "go_helloworld:multistage"
              ],
              "files": {
                "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
                "Dockerfile": "FROM ubuntu:14.04\n# stand-in for FROM golang: its toolchain is a 20 MB file here\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\n# stand-in for go build -o /root/mainApp /root/main.go\nRUN cp /bin/busybox /root/mainApp\nCMD [\"./mainApp\"]\n"
              }
            }
          ]
        },
        {
          "check": "smaller",
          "description": {
            "ko": "multi-stage 태그를 한 단계짜리 Dockerfile로 빌드함",
            "en": "the multi-stage tag built from the single-stage Dockerfile"
          },
          "steps": [
            {
              "args": [
                "build",
                ".",
                "-t",
                "go_helloworld"
              ],
              "files": {
                "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
                "Dockerfile": "FROM ubuntu:14.04\n# stand-in for FROM golang: its toolchain is a 20 MB file here\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\n# stand-in for go build -o /root/mainApp /root/main.go\nRUN cp /bin/busybox /root/mainApp\nCMD [\"./mainApp\"]\n"
              }
            },
            {
              "args": [
                "build",
                ".",
                "-t",
                "go_helloworld:multi-stage"
              ],
              "files": {
                "main.go": "package main\nimport \"fmt\"\nfunc main() {\n\tfmt.Println(\"hello world\")\n}\n",
                "Dockerfile": "FROM ubuntu:14.04\n# stand-in for FROM golang: its toolchain is a 20 MB file here\nRUN dd if=/dev/zero of=/usr/local/go-toolchain bs=1048576 count=20\nADD main.go /root\nWORKDIR /root\n# stand-in for go build -o /root/mainApp /root/main.go\nRUN cp /bin/busybox /root/mainApp\nCMD [\"./mainApp\"]\n"
              }
            }
          ]
        }
      ],
      "creates": []
    }
  ],
  "2.4.4": (): readonly CompiledExercise[] => [
    {
      "id": "2.4.4/env",
      "section": "2.4.4",
      "order": 1,
      "source": "exercises/2.4.4-env.yaml",
      "title": {
        "ko": "ENV로 환경 변수를 정한 이미지 myenv:0.0과 -e로 덮어쓰기",
        "en": "An image with ENV, myenv:0.0, and -e overriding it"
      },
      "goal": {
        "ko": "ENV test /home, WORKDIR $test가 든 Dockerfile로 myenv:0.0 이미지를 빌드하고, 그 이미지로 env_test 컨테이너(test=/home)와 -e test=myvalue로 값을 덮어쓴 env_test_override 컨테이너를 실행합니다.",
        "en": "Build myenv:0.0 from a Dockerfile with ENV test /home and WORKDIR $test, then run env_test from it (test=/home) and env_test_override with -e test=myvalue overriding the value."
      },
      "commands": [
        "vi Dockerfile",
        "docker build -t myenv:0.0 ./",
        "docker run -i -t --name env_test myenv:0.0 /bin/bash",
        "echo $test",
        "docker run -i -t --name env_test_override -e test=myvalue myenv:0.0 /bin/bash"
      ],
      "targets": {
        "env_test": {
          "name": "env_test",
          "describe": {
            "ko": "컨테이너 env_test",
            "en": "container env_test"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "env_test",
            "myenv:0.0",
            "/bin/bash"
          ]
        },
        "env_test_override": {
          "name": "env_test_override",
          "describe": {
            "ko": "컨테이너 env_test_override",
            "en": "container env_test_override"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "env_test_override",
            "-e",
            "test=myvalue",
            "myenv:0.0",
            "/bin/bash"
          ]
        }
      },
      "checks": [
        {
          "kind": "field",
          "id": "image-env",
          "params": {
            "object": "image",
            "name": "myenv:0.0",
            "made": true,
            "field": "config.env",
            "includes": "test=/home",
            "fix": "docker build -t myenv:0.0 ./"
          }
        },
        {
          "kind": "field",
          "id": "image-workdir",
          "params": {
            "object": "image",
            "name": "myenv:0.0",
            "made": true,
            "field": "config.workingDir",
            "equals": "/home",
            "fix": "docker build -t myenv:0.0 ./"
          }
        },
        {
          "kind": "exists",
          "target": "env_test",
          "id": "env_test",
          "params": {}
        },
        {
          "kind": "env",
          "target": "env_test",
          "id": "env_test-env",
          "requires": [
            "env_test",
            "image-env"
          ],
          "params": {
            "name": "test",
            "value": "/home"
          }
        },
        {
          "kind": "exists",
          "target": "env_test_override",
          "id": "env_test_override",
          "params": {}
        },
        {
          "kind": "env",
          "target": "env_test_override",
          "id": "override-env",
          "requires": "env_test_override",
          "params": {
            "name": "test",
            "value": "myvalue"
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            "-t",
            "myenv:0.0",
            "./"
          ],
          "files": {
            "Dockerfile": "FROM ubuntu:14.04\nENV test /home\nWORKDIR $test\nRUN touch $test/mytouchfile\n"
          }
        },
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "env_test",
          "myenv:0.0",
          "/bin/bash"
        ],
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "env_test_override",
          "-e",
          "test=myvalue",
          "myenv:0.0",
          "/bin/bash"
        ]
      ],
      "mutations": [
        {
          "check": "image-env",
          "description": {
            "ko": "ENV 없이 WORKDIR /home을 직접 씀",
            "en": "no ENV: WORKDIR /home written out"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myenv:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nWORKDIR /home\nRUN touch /home/mytouchfile\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test",
              "myenv:0.0",
              "/bin/bash"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test_override",
              "-e",
              "test=myvalue",
              "myenv:0.0",
              "/bin/bash"
            ]
          ]
        },
        {
          "check": "image-workdir",
          "description": {
            "ko": "WORKDIR 줄을 빠뜨림",
            "en": "the WORKDIR line left out"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myenv:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nENV test /home\nRUN touch $test/mytouchfile\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test",
              "myenv:0.0",
              "/bin/bash"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test_override",
              "-e",
              "test=myvalue",
              "myenv:0.0",
              "/bin/bash"
            ]
          ]
        },
        {
          "check": "env_test",
          "description": {
            "ko": "다른 이름 envtest",
            "en": "another name, envtest"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myenv:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nENV test /home\nWORKDIR $test\nRUN touch $test/mytouchfile\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "envtest",
              "myenv:0.0",
              "/bin/bash"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test_override",
              "-e",
              "test=myvalue",
              "myenv:0.0",
              "/bin/bash"
            ]
          ]
        },
        {
          "check": "env_test-env",
          "description": {
            "ko": "myenv:0.0 대신 ubuntu:14.04로 실행 (test 변수가 없음)",
            "en": "run from ubuntu:14.04 instead of myenv:0.0 (no variable test)"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myenv:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nENV test /home\nWORKDIR $test\nRUN touch $test/mytouchfile\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test_override",
              "-e",
              "test=myvalue",
              "myenv:0.0",
              "/bin/bash"
            ]
          ]
        },
        {
          "check": "env_test_override",
          "description": {
            "ko": "다른 이름 env_override",
            "en": "another name, env_override"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myenv:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nENV test /home\nWORKDIR $test\nRUN touch $test/mytouchfile\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test",
              "myenv:0.0",
              "/bin/bash"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_override",
              "-e",
              "test=myvalue",
              "myenv:0.0",
              "/bin/bash"
            ]
          ]
        },
        {
          "check": "override-env",
          "description": {
            "ko": "-e test=myvalue를 빠뜨림 (이미지의 /home 그대로)",
            "en": "-e test=myvalue left out (the image's /home stays)"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myenv:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nENV test /home\nWORKDIR $test\nRUN touch $test/mytouchfile\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test",
              "myenv:0.0",
              "/bin/bash"
            ],
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "env_test_override",
              "myenv:0.0",
              "/bin/bash"
            ]
          ]
        }
      ],
      "creates": [
        "env_test",
        "env_test_override",
        "envtest",
        "env_override"
      ]
    },
    {
      "id": "2.4.4/volume",
      "section": "2.4.4",
      "order": 2,
      "source": "exercises/2.4.4-volume.yaml",
      "title": {
        "ko": "VOLUME이 든 이미지 myvolume:0.0과 볼륨이 자동으로 생긴 컨테이너 volume_test",
        "en": "An image with VOLUME, myvolume:0.0, and volume_test with the volume made for it"
      },
      "goal": {
        "ko": "VOLUME /home/volume이 든 Dockerfile로 myvolume:0.0 이미지를 빌드하고, 그 이미지로 volume_test 컨테이너를 실행합니다. 컨테이너를 만들 때 도커가 /home/volume에 볼륨을 자동으로 만들어 마운트합니다 (docker volume ls로 확인).",
        "en": "Build myvolume:0.0 from a Dockerfile with VOLUME /home/volume and run volume_test from it: Docker makes a volume by itself and mounts it at /home/volume (see docker volume ls)."
      },
      "commands": [
        "vi Dockerfile",
        "docker build -t myvolume:0.0 .",
        "docker run -itd --name volume_test myvolume:0.0",
        "docker volume ls"
      ],
      "targets": {
        "volume_test": {
          "name": "volume_test",
          "describe": {
            "ko": "컨테이너 volume_test",
            "en": "container volume_test"
          },
          "create": {
            "template": [
              "docker run -itd --name ",
              {
                "h": "name",
                "a": [
                  {
                    "l": "volume_test"
                  }
                ]
              },
              " myvolume:",
              {
                "h": "name",
                "a": [
                  {
                    "l": "0.0"
                  }
                ]
              }
            ]
          }
        }
      },
      "checks": [
        {
          "kind": "field",
          "id": "image-volume",
          "params": {
            "object": "image",
            "name": "myvolume:0.0",
            "made": true,
            "field": "config.volumes",
            "includes": "/home/volume",
            "fix": "docker build -t myvolume:0.0 ."
          }
        },
        {
          "kind": "exists",
          "target": "volume_test",
          "params": {}
        },
        {
          "kind": "image",
          "target": "volume_test",
          "requires": "exists",
          "params": {
            "reference": "myvolume:0.0",
            "made": true
          }
        },
        {
          "kind": "field",
          "target": "volume_test",
          "id": "volume-type",
          "requires": "exists",
          "params": {
            "field": "mounts.0.type",
            "equals": "volume"
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            "-t",
            "myvolume:0.0",
            "."
          ],
          "files": {
            "Dockerfile": "FROM ubuntu:14.04\nRUN mkdir /home/volume\nRUN echo test >> /home/volume/testfile\nVOLUME /home/volume\n"
          }
        },
        [
          "run",
          "-itd",
          "--name",
          "volume_test",
          "myvolume:0.0"
        ]
      ],
      "mutations": [
        {
          "check": "image-volume",
          "description": {
            "ko": "VOLUME 줄 없이 빌드하고 -v /home/volume으로 실행 (볼륨은 이미지가 아닌 docker run이 만듦)",
            "en": "built without the VOLUME line, run with -v /home/volume (docker run makes the volume, not the image)"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myvolume:0.0",
                "."
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nRUN mkdir /home/volume\nRUN echo test >> /home/volume/testfile\n"
              }
            },
            [
              "run",
              "-itd",
              "--name",
              "volume_test",
              "-v",
              "/home/volume",
              "myvolume:0.0"
            ]
          ]
        },
        {
          "check": "exists",
          "description": {
            "ko": "다른 이름 myvolume_test",
            "en": "another name, myvolume_test"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myvolume:0.0",
                "."
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nRUN mkdir /home/volume\nRUN echo test >> /home/volume/testfile\nVOLUME /home/volume\n"
              }
            },
            [
              "run",
              "-itd",
              "--name",
              "myvolume_test",
              "myvolume:0.0"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "myvolume:0.0 대신 ubuntu:14.04로 -v /home/volume을 주고 실행",
            "en": "run from ubuntu:14.04 with -v /home/volume instead of myvolume:0.0"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myvolume:0.0",
                "."
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nRUN mkdir /home/volume\nRUN echo test >> /home/volume/testfile\nVOLUME /home/volume\n"
              }
            },
            [
              "run",
              "-itd",
              "--name",
              "volume_test",
              "-v",
              "/home/volume",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "volume-type",
          "description": {
            "ko": "호스트 디렉터리를 /home/volume에 공유 (-v /home/wordpress_db:/home/volume)",
            "en": "a host directory shared at /home/volume (-v /home/wordpress_db:/home/volume)"
          },
          "steps": [
            {
              "args": [
                "build",
                "-t",
                "myvolume:0.0",
                "."
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nRUN mkdir /home/volume\nRUN echo test >> /home/volume/testfile\nVOLUME /home/volume\n"
              }
            },
            [
              "run",
              "-itd",
              "--name",
              "volume_test",
              "-v",
              "/home/wordpress_db:/home/volume",
              "myvolume:0.0"
            ]
          ]
        }
      ],
      "creates": [
        "volume_test",
        "myvolume_test"
      ]
    },
    {
      "id": "2.4.4/arg",
      "section": "2.4.4",
      "order": 3,
      "source": "exercises/2.4.4-arg.yaml",
      "title": {
        "ko": "ARG와 --build-arg로 빌드한 이미지 myarg:0.0",
        "en": "An image built with ARG and --build-arg, myarg:0.0"
      },
      "goal": {
        "ko": "ARG my_arg, ARG my_arg_2=value2, RUN touch ${my_arg}/mytouch가 든 Dockerfile을 docker build --build-arg my_arg=/home -t myarg:0.0 ./ 명령으로 빌드하고, 그 이미지로 arg_test 컨테이너를 실행합니다. /home/mytouch 파일이 생겨야 합니다.",
        "en": "Build the Dockerfile with ARG my_arg, ARG my_arg_2=value2 and RUN touch ${my_arg}/mytouch using docker build --build-arg my_arg=/home -t myarg:0.0 ./, then run arg_test from it: the file /home/mytouch is made."
      },
      "commands": [
        "vi Dockerfile",
        "docker build --build-arg my_arg=/home -t myarg:0.0 ./",
        "docker run -i -t --name arg_test myarg:0.0",
        "ls /home/mytouch"
      ],
      "targets": {
        "arg_test": {
          "name": "arg_test",
          "describe": {
            "ko": "컨테이너 arg_test",
            "en": "container arg_test"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--name",
            "arg_test",
            "myarg:0.0"
          ]
        }
      },
      "checks": [
        {
          "kind": "field",
          "id": "build-arg",
          "params": {
            "object": "image",
            "name": "myarg:0.0",
            "made": true,
            "field": "history.-1.createdBy",
            "includes": "my_arg=/home",
            "fix": "docker build --build-arg my_arg=/home -t myarg:0.0 ./"
          }
        },
        {
          "kind": "exists",
          "target": "arg_test",
          "params": {}
        },
        {
          "kind": "image",
          "target": "arg_test",
          "params": {
            "reference": "myarg:0.0",
            "made": true
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            "--build-arg",
            "my_arg=/home",
            "-t",
            "myarg:0.0",
            "./"
          ],
          "files": {
            "Dockerfile": "FROM ubuntu:14.04\nARG my_arg\nARG my_arg_2=value2\nRUN touch ${my_arg}/mytouch\n"
          }
        },
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--name",
          "arg_test",
          "myarg:0.0"
        ]
      ],
      "mutations": [
        {
          "check": "build-arg",
          "description": {
            "ko": "--build-arg my_arg=/tmp로 빌드",
            "en": "built with --build-arg my_arg=/tmp"
          },
          "steps": [
            {
              "args": [
                "build",
                "--build-arg",
                "my_arg=/tmp",
                "-t",
                "myarg:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nARG my_arg\nARG my_arg_2=value2\nRUN touch ${my_arg}/mytouch\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "arg_test",
              "myarg:0.0"
            ]
          ]
        },
        {
          "check": "exists",
          "description": {
            "ko": "다른 이름 argtest",
            "en": "another name, argtest"
          },
          "steps": [
            {
              "args": [
                "build",
                "--build-arg",
                "my_arg=/home",
                "-t",
                "myarg:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nARG my_arg\nARG my_arg_2=value2\nRUN touch ${my_arg}/mytouch\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "argtest",
              "myarg:0.0"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "myarg:0.0 대신 ubuntu:14.04로 실행",
            "en": "run from ubuntu:14.04 instead of myarg:0.0"
          },
          "steps": [
            {
              "args": [
                "build",
                "--build-arg",
                "my_arg=/home",
                "-t",
                "myarg:0.0",
                "./"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nARG my_arg\nARG my_arg_2=value2\nRUN touch ${my_arg}/mytouch\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "arg_test",
              "ubuntu:14.04"
            ]
          ]
        }
      ],
      "creates": [
        "arg_test",
        "argtest"
      ]
    },
    {
      "id": "2.4.4/onbuild",
      "section": "2.4.4",
      "order": 4,
      "source": "exercises/2.4.4-onbuild.yaml",
      "title": {
        "ko": "ONBUILD가 든 이미지 onbuild_test:0.0과 그것으로 빌드한 onbuild_test:0.1",
        "en": "An image with ONBUILD, onbuild_test:0.0, and onbuild_test:0.1 built from it"
      },
      "goal": {
        "ko": "ONBUILD RUN echo \"onbuild!\" >> /onbuild_file이 든 Dockerfile로 onbuild_test:0.0을 빌드하고, FROM onbuild_test:0.0인 Dockerfile2로 onbuild_test:0.1을 빌드합니다. ONBUILD 명령은 첫 이미지에 남고, 두 번째 이미지를 빌드할 때 실행됩니다.",
        "en": "Build onbuild_test:0.0 from a Dockerfile with ONBUILD RUN echo \"onbuild!\" >> /onbuild_file, then onbuild_test:0.1 from Dockerfile2 (FROM onbuild_test:0.0): the first image keeps the ONBUILD instruction, which runs when the second is built."
      },
      "commands": [
        "docker build ./ -t onbuild_test:0.0",
        "docker build -f ./Dockerfile2 ./ -t onbuild_test:0.1",
        "docker run -i -t --rm onbuild_test:0.1 ls /"
      ],
      "targets": {},
      "checks": [
        {
          "kind": "field",
          "id": "onbuild",
          "params": {
            "object": "image",
            "name": "onbuild_test:0.0",
            "made": true,
            "field": "config.onBuild",
            "includes": "RUN echo \"onbuild!\" >> /onbuild_file",
            "fix": "docker build ./ -t onbuild_test:0.0"
          }
        },
        {
          "kind": "field",
          "id": "child-ran",
          "params": {
            "object": "image",
            "name": "onbuild_test:0.1",
            "made": true,
            "field": "history.-1.createdBy",
            "includes": "/onbuild_file",
            "fix": "docker build -f ./Dockerfile2 ./ -t onbuild_test:0.1"
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            "./",
            "-t",
            "onbuild_test:0.0"
          ],
          "files": {
            "Dockerfile": "FROM ubuntu:14.04\nRUN echo \"this is onbuild test!\"\nONBUILD RUN echo \"onbuild!\" >> /onbuild_file\n"
          }
        },
        {
          "args": [
            "build",
            "-f",
            "./Dockerfile2",
            "./",
            "-t",
            "onbuild_test:0.1"
          ],
          "files": {
            "Dockerfile2": "FROM onbuild_test:0.0\n"
          }
        }
      ],
      "mutations": [
        {
          "check": "onbuild",
          "description": {
            "ko": "ONBUILD 없이 RUN만 씀 (첫 이미지에서 바로 실행됨)",
            "en": "RUN without ONBUILD (runs at once, in the first image)"
          },
          "steps": [
            {
              "args": [
                "build",
                "./",
                "-t",
                "onbuild_test:0.0"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nRUN echo \"this is onbuild test!\"\nRUN echo \"onbuild!\" >> /onbuild_file\n"
              }
            },
            {
              "args": [
                "build",
                "-f",
                "./Dockerfile2",
                "./",
                "-t",
                "onbuild_test:0.1"
              ],
              "files": {
                "Dockerfile2": "FROM onbuild_test:0.0\nRUN echo \"onbuild!\" >> /onbuild_file\n"
              }
            }
          ]
        },
        {
          "check": "child-ran",
          "description": {
            "ko": "Dockerfile2를 ubuntu:14.04에서 빌드함 (ONBUILD가 실행되지 않음)",
            "en": "Dockerfile2 built FROM ubuntu:14.04 (the ONBUILD never runs)"
          },
          "steps": [
            {
              "args": [
                "build",
                "./",
                "-t",
                "onbuild_test:0.0"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nRUN echo \"this is onbuild test!\"\nONBUILD RUN echo \"onbuild!\" >> /onbuild_file\n"
              }
            },
            {
              "args": [
                "build",
                "-f",
                "./Dockerfile2",
                "./",
                "-t",
                "onbuild_test:0.1"
              ],
              "files": {
                "Dockerfile2": "FROM ubuntu:14.04\nRUN echo \"this is onbuild test!\"\n"
              }
            }
          ]
        }
      ],
      "creates": []
    },
    {
      "id": "2.4.4/stopsignal",
      "section": "2.4.4",
      "order": 5,
      "source": "exercises/2.4.4-stopsignal.yaml",
      "title": {
        "ko": "STOPSIGNAL SIGKILL인 이미지 stopsignal:0.0과 그 컨테이너",
        "en": "An image with STOPSIGNAL SIGKILL, stopsignal:0.0, and its container"
      },
      "goal": {
        "ko": "STOPSIGNAL SIGKILL이 든 Dockerfile로 stopsignal:0.0을 빌드하고, 그 이미지로 stopsignal_container를 실행합니다. 컨테이너를 멈출 때 보내는 신호가 SIGKILL이 됩니다.",
        "en": "Build stopsignal:0.0 from a Dockerfile with STOPSIGNAL SIGKILL and run stopsignal_container from it: stopping it sends SIGKILL."
      },
      "commands": [
        "docker build . -t stopsignal:0.0",
        "docker run -itd --name stopsignal_container stopsignal:0.0",
        "docker inspect stopsignal_container | grep Stop"
      ],
      "targets": {
        "stopsignal_container": {
          "name": "stopsignal_container",
          "describe": {
            "ko": "컨테이너 stopsignal_container",
            "en": "container stopsignal_container"
          },
          "create": [
            "run",
            "-itd",
            "--name",
            "stopsignal_container",
            "stopsignal:0.0"
          ]
        }
      },
      "checks": [
        {
          "kind": "field",
          "id": "image-stopsignal",
          "params": {
            "object": "image",
            "name": "stopsignal:0.0",
            "made": true,
            "field": "config.stopSignal",
            "equals": "SIGKILL",
            "fix": "docker build . -t stopsignal:0.0"
          }
        },
        {
          "kind": "exists",
          "target": "stopsignal_container",
          "params": {}
        },
        {
          "kind": "field",
          "target": "stopsignal_container",
          "id": "stopsignal",
          "requires": "exists",
          "params": {
            "field": "stopSignal",
            "equals": "SIGKILL"
          }
        }
      ],
      "solution": [
        {
          "args": [
            "build",
            ".",
            "-t",
            "stopsignal:0.0"
          ],
          "files": {
            "Dockerfile": "FROM ubuntu:14.04\nSTOPSIGNAL SIGKILL\n"
          }
        },
        [
          "run",
          "-itd",
          "--name",
          "stopsignal_container",
          "stopsignal:0.0"
        ]
      ],
      "mutations": [
        {
          "check": "image-stopsignal",
          "description": {
            "ko": "STOPSIGNAL SIGTERM으로 빌드하고 --stop-signal=SIGKILL로 실행",
            "en": "built with STOPSIGNAL SIGTERM, run with --stop-signal=SIGKILL"
          },
          "steps": [
            {
              "args": [
                "build",
                ".",
                "-t",
                "stopsignal:0.0"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nSTOPSIGNAL SIGTERM\n"
              }
            },
            [
              "run",
              "-itd",
              "--stop-signal=SIGKILL",
              "--name",
              "stopsignal_container",
              "stopsignal:0.0"
            ]
          ]
        },
        {
          "check": "exists",
          "description": {
            "ko": "다른 이름 stopsignal",
            "en": "another name, stopsignal"
          },
          "steps": [
            {
              "args": [
                "build",
                ".",
                "-t",
                "stopsignal:0.0"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nSTOPSIGNAL SIGKILL\n"
              }
            },
            [
              "run",
              "-itd",
              "--name",
              "stopsignal",
              "stopsignal:0.0"
            ]
          ]
        },
        {
          "check": "stopsignal",
          "description": {
            "ko": "--stop-signal=SIGTERM으로 덮어씀",
            "en": "overridden with --stop-signal=SIGTERM"
          },
          "steps": [
            {
              "args": [
                "build",
                ".",
                "-t",
                "stopsignal:0.0"
              ],
              "files": {
                "Dockerfile": "FROM ubuntu:14.04\nSTOPSIGNAL SIGKILL\n"
              }
            },
            [
              "run",
              "-itd",
              "--stop-signal=SIGTERM",
              "--name",
              "stopsignal_container",
              "stopsignal:0.0"
            ]
          ]
        }
      ],
      "creates": [
        "stopsignal_container",
        "stopsignal"
      ]
    },
    {
      "id": "2.4.4/entrypoint",
      "section": "2.4.4",
      "order": 7,
      "source": "exercises/2.4.4-entrypoint.yaml",
      "title": {
        "ko": "ENTRYPOINT와 CMD (--entrypoint=\"echo\", entrypoint_image:0.0)",
        "en": "ENTRYPOINT and CMD (--entrypoint=\"echo\", entrypoint_image:0.0)"
      },
      "goal": {
        "ko": "--entrypoint=\"echo\"로 yes_entrypoint 컨테이너를 만들어 CMD /bin/bash가 echo의 인자가 되는 것을 보고, ENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]가 든 entrypoint_image:0.0을 빌드해 entrypoint_apache_server 컨테이너를 first second 인자와 함께 실행합니다.",
        "en": "Run yes_entrypoint with --entrypoint=\"echo\" (the CMD /bin/bash becomes echo's argument), then build entrypoint_image:0.0 with ENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"] and run entrypoint_apache_server from it with the arguments first second."
      },
      "commands": [
        "docker run -i -t --entrypoint=\"echo\" --name yes_entrypoint ubuntu:14.04 /bin/bash",
        "docker build -t entrypoint_image:0.0 ./",
        "docker run -d --name entrypoint_apache_server entrypoint_image:0.0 first second",
        "docker logs entrypoint_apache_server"
      ],
      "targets": {
        "yes_entrypoint": {
          "name": "yes_entrypoint",
          "describe": {
            "ko": "컨테이너 yes_entrypoint",
            "en": "container yes_entrypoint"
          },
          "create": [
            "run",
            "-i",
            "-t",
            "--entrypoint=echo",
            "--name",
            "yes_entrypoint",
            "ubuntu:14.04",
            "/bin/bash"
          ]
        },
        "entrypoint_apache_server": {
          "name": "entrypoint_apache_server",
          "describe": {
            "ko": "컨테이너 entrypoint_apache_server",
            "en": "container entrypoint_apache_server"
          },
          "create": [
            "run",
            "-d",
            "--name",
            "entrypoint_apache_server",
            "entrypoint_image:0.0",
            "first",
            "second"
          ]
        }
      },
      "checks": [
        {
          "kind": "exists",
          "target": "yes_entrypoint",
          "id": "yes_entrypoint",
          "params": {}
        },
        {
          "kind": "field",
          "target": "yes_entrypoint",
          "id": "yes-entrypoint",
          "requires": "yes_entrypoint",
          "params": {
            "field": "entrypoint",
            "equals": [
              "echo"
            ]
          }
        },
        {
          "kind": "field",
          "target": "yes_entrypoint",
          "id": "yes-cmd",
          "requires": "yes_entrypoint",
          "params": {
            "field": "cmd",
            "equals": [
              "/bin/bash"
            ]
          }
        },
        {
          "kind": "field",
          "id": "image-entrypoint",
          "params": {
            "object": "image",
            "name": "entrypoint_image:0.0",
            "made": true,
            "field": "config.entrypoint",
            "equals": [
              "/bin/bash",
              "/entrypoint.sh"
            ],
            "fix": "docker build -t entrypoint_image:0.0 ./"
          }
        },
        {
          "kind": "exists",
          "target": "entrypoint_apache_server",
          "id": "entrypoint_apache_server",
          "params": {}
        },
        {
          "kind": "image",
          "target": "entrypoint_apache_server",
          "requires": "entrypoint_apache_server",
          "params": {
            "reference": "entrypoint_image:0.0",
            "made": true
          }
        },
        {
          "kind": "field",
          "target": "entrypoint_apache_server",
          "id": "server-cmd",
          "requires": [
            "entrypoint_apache_server",
            "image"
          ],
          "params": {
            "field": "cmd",
            "equals": [
              "first",
              "second"
            ]
          }
        },
        {
          "kind": "running",
          "target": "entrypoint_apache_server",
          "id": "server-running",
          "requires": "image",
          "params": {}
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-i",
          "-t",
          "--entrypoint=echo",
          "--name",
          "yes_entrypoint",
          "ubuntu:14.04",
          "/bin/bash"
        ],
        {
          "args": [
            "build",
            "-t",
            "entrypoint_image:0.0",
            "./"
          ],
          "files": {
            "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
            "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
          }
        },
        [
          "run",
          "-d",
          "--name",
          "entrypoint_apache_server",
          "entrypoint_image:0.0",
          "first",
          "second"
        ]
      ],
      "mutations": [
        {
          "check": "yes_entrypoint",
          "description": {
            "ko": "다른 이름 yes_entry",
            "en": "another name, yes_entry"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entry",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "entrypoint_apache_server",
              "entrypoint_image:0.0",
              "first",
              "second"
            ]
          ]
        },
        {
          "check": "yes-entrypoint",
          "description": {
            "ko": "--entrypoint 없이 실행",
            "en": "run without --entrypoint"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "entrypoint_apache_server",
              "entrypoint_image:0.0",
              "first",
              "second"
            ]
          ]
        },
        {
          "check": "yes-cmd",
          "description": {
            "ko": "/bin/bash 대신 hello를 인자로 줌",
            "en": "hello as the argument instead of /bin/bash"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "hello"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "entrypoint_apache_server",
              "entrypoint_image:0.0",
              "first",
              "second"
            ]
          ]
        },
        {
          "check": "image-entrypoint",
          "description": {
            "ko": "ENTRYPOINT를 셸 형태로 씀 (/bin/bash /entrypoint.sh: 인자를 받지 못함)",
            "en": "ENTRYPOINT in shell form (/bin/bash /entrypoint.sh: it gets no arguments)"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT /bin/bash /entrypoint.sh\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "entrypoint_apache_server",
              "entrypoint_image:0.0",
              "first",
              "second"
            ]
          ]
        },
        {
          "check": "entrypoint_apache_server",
          "description": {
            "ko": "다른 이름 apache_server",
            "en": "another name, apache_server"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "apache_server",
              "entrypoint_image:0.0",
              "first",
              "second"
            ]
          ]
        },
        {
          "check": "image",
          "description": {
            "ko": "entrypoint_image:0.0 대신 ubuntu:14.04로 실행",
            "en": "run from ubuntu:14.04 instead of entrypoint_image:0.0"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--name",
              "entrypoint_apache_server",
              "ubuntu:14.04"
            ]
          ]
        },
        {
          "check": "server-cmd",
          "description": {
            "ko": "인자 first second를 빠뜨림",
            "en": "the arguments first second left out"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "entrypoint_apache_server",
              "entrypoint_image:0.0"
            ]
          ]
        },
        {
          "check": "server-running",
          "description": {
            "ko": "컨테이너를 멈춤",
            "en": "the container stopped"
          },
          "steps": [
            [
              "run",
              "-d",
              "-i",
              "-t",
              "--entrypoint=echo",
              "--name",
              "yes_entrypoint",
              "ubuntu:14.04",
              "/bin/bash"
            ],
            {
              "args": [
                "build",
                "-t",
                "entrypoint_image:0.0",
                "./"
              ],
              "files": {
                "entrypoint.sh": "echo $1 $2\nexec httpd -f -p 80 -h /var/www/html\n",
                "Dockerfile": "FROM ubuntu:14.04\nRUN apt-get update\nRUN apt-get install apache2 -y\nADD entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\nENTRYPOINT [\"/bin/bash\", \"/entrypoint.sh\"]\n"
              }
            },
            [
              "run",
              "-d",
              "--name",
              "entrypoint_apache_server",
              "entrypoint_image:0.0",
              "first",
              "second"
            ],
            [
              "stop",
              "-t",
              "1",
              "entrypoint_apache_server"
            ]
          ]
        }
      ],
      "creates": [
        "yes_entrypoint",
        "entrypoint_apache_server",
        "yes_entry",
        "apache_server"
      ]
    }
  ],
  "2.5.5": (): readonly CompiledExercise[] => [
    {
      "id": "2.5.5/python-sdk",
      "section": "2.5.5",
      "order": 1,
      "source": "exercises/2.5.5-python-sdk.yaml",
      "title": {
        "ko": "파이썬 SDK로 실행한 nginx 컨테이너 (80번 포트)",
        "en": "The nginx container the Python SDK runs (port 80)"
      },
      "goal": {
        "ko": "파이썬 docker 라이브러리로 client.containers.run('nginx', detach=True, ports={'80/tcp': 80})을 실행해, 이름을 정하지 않은 nginx 컨테이너의 80번 포트를 호스트의 80번 포트에 바인딩합니다. 호스트의 80번 포트에서 nginx가 응답해야 합니다.",
        "en": "Run client.containers.run('nginx', detach=True, ports={'80/tcp': 80}) with the Python docker library: an nginx container with no name of yours, its port 80 bound to host port 80, where nginx answers."
      },
      "commands": [
        "import docker",
        "client = docker.from_env()",
        "container = client.containers.run('nginx', detach=True, ports={'80/tcp': 80})",
        "docker ps"
      ],
      "unnamed": "sdk-nginx",
      "targets": {
        "nginx": {
          "match": {
            "repository": "nginx",
            "ports": "bound"
          },
          "describe": {
            "ko": "nginx 이미지로 만든 컨테이너",
            "en": "container made from an nginx image"
          },
          "create": [
            "run",
            "-d",
            "-p",
            "80:80",
            "nginx"
          ]
        }
      },
      "checks": [
        {
          "kind": "image",
          "target": "nginx",
          "params": {
            "reference": "nginx"
          }
        },
        {
          "kind": "port-published",
          "target": "nginx",
          "id": "port-80",
          "params": {
            "containerPort": "80",
            "hostPort": "80"
          }
        },
        {
          "kind": "running",
          "target": "nginx",
          "params": {}
        },
        {
          "kind": "http-answers",
          "target": "nginx",
          "requires": [
            "image",
            "port-80",
            "running"
          ],
          "params": {
            "containerPort": "80",
            "refusedHint": {
              "ko": [
                "컨테이너 안에서 nginx가 실행 중이지 않습니다. containers.run에 `command` 인자를 주지 않았는지 보세요: docker inspect ",
                {
                  "v": "container"
                }
              ],
              "en": [
                "nginx is not running inside the container: check that containers.run was given no command: docker inspect ",
                {
                  "v": "container"
                }
              ]
            }
          }
        }
      ],
      "solution": [
        [
          "run",
          "-d",
          "-p",
          "80:80",
          "nginx"
        ]
      ],
      "mutations": [
        {
          "check": "image",
          "description": {
            "ko": "다른 태그 nginx:stable",
            "en": "another tag, nginx:stable"
          },
          "steps": [
            [
              "tag",
              "nginx",
              "nginx:stable"
            ],
            [
              "run",
              "-d",
              "-p",
              "80:80",
              "nginx:stable"
            ]
          ]
        },
        {
          "check": "port-80",
          "description": {
            "ko": "다른 호스트 포트 ports={'80/tcp': 8080}",
            "en": "another host port, ports={'80/tcp': 8080}"
          },
          "steps": [
            [
              "run",
              "-d",
              "-p",
              "8080:80",
              "nginx"
            ]
          ]
        },
        {
          "check": "running",
          "description": {
            "ko": "container.stop()으로 멈춤",
            "en": "stopped with container.stop()"
          },
          "steps": [
            [
              "run",
              "-d",
              "-p",
              "80:80",
              "--name",
              "sdk-nginx",
              "nginx"
            ],
            [
              "stop",
              "-t",
              "1",
              "sdk-nginx"
            ]
          ]
        },
        {
          "check": "http",
          "description": {
            "ko": "command='sleep 600'을 주어 nginx가 실행되지 않음",
            "en": "given command='sleep 600', so nginx never runs"
          },
          "steps": [
            [
              "run",
              "-d",
              "-p",
              "80:80",
              "nginx",
              "sleep",
              "600"
            ]
          ]
        }
      ],
      "creates": [
        "sdk-nginx"
      ]
    }
  ],
};
