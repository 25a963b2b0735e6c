// The three test registries the lifecycle tests read, seeded with the crafted images: one
// anonymous, one behind htpasswd basic auth, one behind bearer tokens from the token service
// simulator (public repositories pull anonymously there, as on docker.io). Loopback only.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { craftedImages, pushCraftedImage, type CraftedImage } from './crafted-images';
import { basicAuthorization } from './push-image';
import { startTestRegistry, type RegistryUser, type TestRegistry } from './test-registry';
import { startTokenService, type TokenService } from './token-service-simulator';

export interface ImageRegistries {
  hosts: Record<CraftedImage['registry'], string>;
  /** The user the basic and bearer registries accept; its password is made now. */
  user: RegistryUser;
  tokens: TokenService;
  /** The reference a workload would name the image by. */
  reference(image: CraftedImage): string;
  stop(): Promise<void>;
}

export async function startImageRegistries(): Promise<ImageRegistries> {
  const dir = await mkdtemp(path.join(tmpdir(), 'windows-nodes-registries-'));
  const user = { username: 'puller', password: randomBytes(18).toString('base64url') };
  const started: { stop(): Promise<void> }[] = [];
  try {
    await mkdir(path.join(dir, 'tokens'));
    const publicRepositories = craftedImages
      .filter((image) => image.registry === 'bearer' && image.repository.includes('public'))
      .map((image) => image.repository);
    const tokens = await startTokenService(path.join(dir, 'tokens'), { publicRepositories, user });
    started.push(tokens);
    const registries: Record<CraftedImage['registry'], TestRegistry> = {
      public: await startTestRegistry(path.join(dir, 'public'), { kind: 'anonymous' }),
      basic: await startTestRegistry(path.join(dir, 'basic'), { kind: 'htpasswd', users: [user] }),
      bearer: await startTestRegistry(path.join(dir, 'bearer'), { kind: 'token', ...tokens }),
    };
    started.push(...Object.values(registries));
    for (const image of craftedImages) {
      const authorization =
        image.registry === 'public'
          ? undefined
          : image.registry === 'basic'
            ? basicAuthorization(user)
            : `Bearer ${await tokens.tokenFor(image.repository, 'pull,push')}`;
      const host = registries[image.registry].host;
      await pushCraftedImage({ host, repository: image.repository, authorization }, image);
    }
    const hosts = {
      public: registries.public.host,
      basic: registries.basic.host,
      bearer: registries.bearer.host,
    };
    return {
      hosts,
      user,
      tokens,
      reference: (image) => `${hosts[image.registry]}/${image.repository}:${image.tag}`,
      async stop() {
        await Promise.all(started.map((peer) => peer.stop()));
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await Promise.all(started.map((peer) => peer.stop()));
    throw error;
  }
}
