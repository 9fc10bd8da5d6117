import type { INestApplication } from '@nestjs/common';
import { AbilityFactory, AppAbility, newAbilityBuilder, TENANT_FIELD } from '@vangrail/privacy';

/**
 * Test builds with one protection layer switched off, so each layer is shown to refuse on its own
 * (issue 9). They patch the running app's single AbilityFactory; `restore()` switches CASL back on.
 */
export interface LayerSwitch {
  restore(): void;
}

function patchBuild(app: INestApplication, build: (original: AbilityFactory['build'], ...args: Parameters<AbilityFactory['build']>) => Promise<AppAbility>): LayerSwitch {
  const factory = app.get(AbilityFactory);
  const original = factory.build.bind(factory);
  const spy = jest.spyOn(factory, 'build').mockImplementation((input) => build(original, input));
  return { restore: () => spy.mockRestore() };
}

/** CASL off: every request's ability allows every action on every record and every data category. */
export function switchOffCasl(app: INestApplication): LayerSwitch {
  return patchBuild(app, async () => {
    const builder = newAbilityBuilder();
    builder.can('manage', 'all');
    return builder.build();
  });
}

/** CASL without its tenant confinement: the features' rules as they are, minus the tenant condition. */
export function dropTenantCondition(app: INestApplication): LayerSwitch {
  return patchBuild(app, async (original, input) => {
    const ability = await original(input);
    ability.update(
      ability.rules.map((rule) => {
        const { [TENANT_FIELD]: _tenant, ...conditions } = (rule.conditions ?? {}) as Record<string, unknown>;
        return { ...rule, conditions: Object.keys(conditions).length ? conditions : undefined };
      }),
    );
    return ability;
  });
}
