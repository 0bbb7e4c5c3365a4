// class-transformer keeps @Type() metadata in an internal module without typings of its own; the
// event docs read it to find the class of nested payload objects.
declare module 'class-transformer/cjs/storage.js' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage.js';

  export const defaultMetadataStorage: MetadataStorage;
}
