// The two test registries the lifecycle tests read, seeded with the crafted images: one anonymous,
// one behind htpasswd basic auth. Loopback only. (A bearer-token registry would need a token
// service, which is no part of the product and no allowed simulator: the client's bearer path is
// covered by unit tests of its pure pieces.)
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { basicAuthorization } from '../../server/src/registry/registry-authorization';
import { craftedImages, pushCraftedImage, type CraftedImage } from './crafted-images';
import { startTestRegistry, type RegistryUser, type TestRegistry } from './test-registry';

export interface ImageRegistries {
  hosts: Record<CraftedImage['registry'], string>;
  /** The user the basic registry accepts; its password is made now. */
  user: RegistryUser;
  /** The reference a workload would name the image by. */
  reference(image: CraftedImage): string;
  stop(): Promise<void>;
}

export async function startImageRegistries(): Promise<ImageRegistries> {
  const dir = await mkdtemp(path.join(tmpdir(), 'windows-nodes-registries-'));
  const user = { username: 'puller', password: randomBytes(18).toString('base64url') };
  const started: TestRegistry[] = [];
  const stopAll = async () => {
    await Promise.all(started.map((registry) => registry.stop()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const registries: Record<CraftedImage['registry'], TestRegistry> = {
      public: await startTestRegistry(path.join(dir, 'public'), { kind: 'anonymous' }),
      basic: await startTestRegistry(path.join(dir, 'basic'), { kind: 'htpasswd', users: [user] }),
    };
    started.push(...Object.values(registries));
    for (const image of craftedImages) {
      const authorization = image.registry === 'basic' ? basicAuthorization(user) : undefined;
      const host = registries[image.registry].host;
      await pushCraftedImage({ host, repository: image.repository, authorization }, image);
    }
    const hosts = { public: registries.public.host, basic: registries.basic.host };
    return {
      hosts,
      user,
      reference: (image) => `${hosts[image.registry]}/${image.repository}:${image.tag}`,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
