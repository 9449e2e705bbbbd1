/**
 * Exam tips for containers and Docker, from the seed notes (shared/seed-notes.md, "Containers",
 * "Container Registry", "Container Key Concepts") and aws-facts §10 (Docker docs), and the remarks
 * where the notes go beyond what a source supports: aws-facts "Where the notes disagree", items
 * 45 (every line makes a layer → only filesystem-changing instructions do) and 46 (equal isolation
 * to VMs → UNSOURCED). Each source is printed as a learner reads it: the page's public name and its
 * address (the link parser opens a bare address), never a fact-base item number.
 * ECS and Fargate (items 47-49) belong to the ECS tips.
 */
import type { ExamTip, NotesRemark } from '../exam/ebs-tips';

const NOTES = 'the study notes, "Containers"';
/** The Docker pages aws-facts §10 names: image layers (storage drivers) and the Dockerfile best practices. */
export const DOCKER_LAYERS_PAGE = 'Docker documentation, Image layers: docs.docker.com/engine/storage/drivers/';
export const DOCKER_BEST_PRACTICES_PAGE = 'Docker documentation, Building best practices: docs.docker.com/build/building/best-practices/';
const DOCKER = `${DOCKER_LAYERS_PAGE}; ${DOCKER_BEST_PRACTICES_PAGE}`;

export function containersExamTips(): ExamTip[] {
  return [
    {
      id: 'containers-process',
      text: 'A container runs as a process on the host OS, isolated from other processes; a VM runs a whole guest OS on a hypervisor. Six isolated apps need one OS as containers, six as VMs.',
      source: NOTES,
    },
    {
      id: 'containers-image-layers',
      text: 'A Docker image is a stack of read-only layers, not one disk image; each layer stores only its changes against the layers below.',
      source: `${NOTES}; ${DOCKER}`,
    },
    {
      id: 'containers-filesystem-layers',
      text: 'Only instructions that change the filesystem (FROM\'s base, RUN, COPY, ADD) add a layer; LABEL, CMD, ENV, EXPOSE and the rest only change the image\'s metadata.',
      source: DOCKER_LAYERS_PAGE,
    },
    {
      id: 'containers-rw-layer',
      text: 'A container is a running copy of an image plus a thin read/write layer of its own: logs and data it writes go there, and no other container sees them.',
      source: `${NOTES}; ${DOCKER}`,
    },
    {
      id: 'containers-sharing',
      text: 'Images based on the same base share its layers, and every container of an image shares the image\'s layers: they are stored once on a host.',
      source: NOTES,
    },
    {
      id: 'containers-delete-late',
      text: 'Deleting a file in a later layer hides it but does not shrink the image: the earlier layer still holds it. Clean up in the same RUN that created it.',
      source: DOCKER,
    },
    {
      id: 'containers-registry',
      text: 'A Dockerfile builds an image; images are pushed to and pulled from a registry such as Docker Hub. Private repositories can require authentication; public ones are generally open to the world.',
      source: NOTES,
    },
    {
      id: 'containers-expose',
      text: 'What runs in a container is isolated, so it must be exposed to the outside world, e.g. TCP port 80 for HTTP.',
      source: NOTES,
    },
    {
      id: 'containers-portable',
      text: 'Portability and consistency: a container runs the same on any compatible host. Containers are light and start fast because they use the host OS.',
      source: NOTES,
    },
  ];
}

export function containersNotesRemarks(): NotesRemark[] {
  return [
    {
      id: 'n45',
      notesSay: '"Each line in a dockerfile is processed one by one and each line creates a new filesystem layer".',
      correction: 'Only instructions that modify the filesystem (FROM, RUN, COPY, ADD) create layers; LABEL, CMD and the like only change metadata. The old Docker 1.13-era docs did say each instruction makes a layer: an era difference.',
      source: DOCKER_LAYERS_PAGE,
    },
    {
      id: 'n46',
      notesSay: 'Containers "provide same level of isolation as VMs".',
      correction: 'UNSOURCED: no AWS or Docker source found supports equal isolation. The notes themselves say a container runs as a process of the host OS while each VM runs its own OS; the explorer makes no claim that the two isolate equally.',
      source: 'UNSOURCED: no AWS or Docker page found',
    },
  ];
}
