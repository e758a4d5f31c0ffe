import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import { MIN_PASSWORD_LENGTH } from '../auth/password.js';
import { ROLE_KEYS, type Role } from '../auth/roles.js';
import { isTenantId } from '../auth/secrets.js';
import { seedTenantLibrary } from '../library/library.seed.js';
import { tenants } from '../tenants/tenants.schema.js';
import { createUser, generatePassword } from '../users/users.service.js';
import { AppError } from '../shared/errors.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

export function registerUserCommands(program: Command) {
  const tenant = program.command('tenant').description('Gemeenten (tenants) beheren.');
  tenant
    .command('add')
    .description('Voeg een gemeente toe.')
    .requiredOption('--id <id>', 'korte sleutel, kleine letters, cijfers en streepjes (bijv. maastricht)')
    .requiredOption('--name <naam>', 'naam, bijv. "Gemeente Maastricht"')
    .option('--region <regio>', 'regio waarmee de gemeente samenwerkt')
    .option('--municipality-code <code>', 'CBS-gemeentecode van 4 cijfers (bijv. 0935), voor de import van iWmo/iJw-berichten')
    .action(async (options: { id: string; name: string; region?: string; municipalityCode?: string }) => {
      if (!isTenantId(options.id)) throw new CliError('--id: gebruik kleine letters, cijfers en streepjes (bijv. maastricht).');
      if (options.municipalityCode !== undefined && !/^\d{4}$/.test(options.municipalityCode)) throw new CliError('--municipality-code: geef de CBS-gemeentecode van 4 cijfers (bijv. 0935).');
      await withDatabase(async ({ db }) => {
        const [existing] = await db.select().from(tenants).where(eq(tenants.tenantId, options.id));
        if (existing) throw new CliError(`Gemeente ${options.id} bestaat al.`);
        await db.transaction(async (tx) => {
          await tx.insert(tenants).values({ tenantId: options.id, name: options.name, region: options.region ?? null, municipalityCode: options.municipalityCode ?? null });
          await recordAudit(tx, { tenantId: options.id, actor: null, action: 'tenant.create', entityType: 'tenant', entityId: options.id, detail: { via: 'cli' } });
          // The national price list and legal library, for the municipality to adapt.
          await seedTenantLibrary(tx, options.id);
        });
      });
      console.log(`Gemeente ${options.id} (${options.name}) toegevoegd.`);
    });

  const user = program.command('user').description('Gebruikers beheren.');
  user
    .command('add')
    .description('Voeg een gebruiker toe. Zonder --password-stdin wordt een startwachtwoord gemaakt en één keer getoond.')
    .requiredOption('--tenant <id>', 'de gemeente (tenant-id)')
    .requiredOption('--email <email>', 'e-mailadres (inlognaam)')
    .requiredOption('--name <naam>', 'volledige naam')
    .requiredOption('--roles <rollen>', `komma-gescheiden: ${ROLE_KEYS.join(', ')}`)
    .option('--password-stdin', 'lees het wachtwoord van standaardinvoer')
    .action(async (options: { tenant: string; email: string; name: string; roles: string; passwordStdin?: boolean }) => {
      const roles = options.roles.split(',').map((role) => role.trim()).filter(Boolean);
      const unknown = roles.filter((role) => !(ROLE_KEYS as string[]).includes(role));
      if (roles.length === 0 || unknown.length > 0) {
        throw new CliError(`--roles: onbekende rol ${unknown.join(', ') || '(leeg)'}. Kies uit ${ROLE_KEYS.join(', ')}.`);
      }
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(options.email)) throw new CliError('--email: dit is geen geldig e-mailadres.');
      const password = options.passwordStdin ? (await readStdin()).trim() : generatePassword();
      if (password.length < MIN_PASSWORD_LENGTH) throw new CliError(`Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben.`);
      await withDatabase(async ({ db }) => {
        const [found] = await db.select().from(tenants).where(eq(tenants.tenantId, options.tenant));
        if (!found) throw new CliError(`Gemeente ${options.tenant} bestaat niet. Voeg die eerst toe met "doorbraak tenant add".`);
        try {
          await db.transaction(async (tx) => {
            const created = await createUser(tx, { tenantId: options.tenant, email: options.email, name: options.name, roles: roles as Role[], password });
            await recordAudit(tx, { tenantId: options.tenant, actor: null, action: 'user.create', entityType: 'user', entityId: created.id, detail: { roles, via: 'cli' } });
          });
        } catch (error) {
          if (error instanceof AppError) throw new CliError(error.errors.map((e) => `${e.path}: ${e.message}`).join('\n') || error.message);
          throw error;
        }
      });
      console.log(`Gebruiker ${options.email} toegevoegd aan ${options.tenant} met rollen ${roles.join(', ')}.`);
      if (!options.passwordStdin) console.log(`Startwachtwoord (wordt niet opnieuw getoond): ${password}`);
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
