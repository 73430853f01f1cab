import { Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';

/** A provider from anywhere in the app, or null when its module is not loaded (e.g. the LLM module). */
export function resolveOptional<T>(moduleRef: ModuleRef, token: Type<T>): T | null {
  try {
    return moduleRef.get(token, { strict: false });
  } catch {
    return null;
  }
}
