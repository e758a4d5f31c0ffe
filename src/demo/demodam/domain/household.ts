import type { Pillar } from '../../../imports/domain/records.js';
import { demodamBsn } from './bsn.js';
import { FIRST_NAMES_FEMALE, FIRST_NAMES_MALE, isIstandaard, PLACE, PRODUCTS_BY_PILLAR, STREETS, SURNAMES, type Product } from './catalog.js';
import { composeHousehold, type MemberPlan } from './compose.js';
import type { Day } from './days.js';
import type { Address, Assignment, Client, CsvService, Household, PersonName, Relation } from './model.js';
import { generatedClientNumber, pillarsOf, type DemodamPlan } from './plan.js';
import { rngFor, type Rng } from './random.js';
import { assignmentsOf, csvServicesOf, SETTLED_DAYS, type TrackContext } from './tracks.js';
import { currentStay, endedStay, type Span } from './trajectories.js';

/**
 * One household, generated from its own generator: its clients (BSN, client number, name,
 * address, birth date: what the border must drop), and per client and pillar a stay of support
 * made of care tracks (a product each), which tracks.ts turns into what the files hold.
 */

const YEAR = 365.25;

const CLIENT_COMMENTS = ['Cliënt is slechthorend, liever langskomen dan bellen.', 'Sleutel ligt bij de buren op nummer 12.', 'Voorkeur voor afspraken in de ochtend.', 'Graag contact via de dochter.', 'Tolk nodig bij gesprekken.'];

export function generateHousehold(plan: DemodamPlan, h: number): Household {
  const pillars = pillarsOf(plan, h);
  const current = plan.isCurrent[h] === 1;
  const composition = composeHousehold(plan.seed, h, pillars);
  const rng = rngFor(plan.seed, 'household', h);
  const anchor = plan.anchorOf.get(h);
  const withChildren = composition.members.some((m) => m.role === 'child');
  const context: TrackContext = { plan, h, rng, current, anchor: anchor !== undefined, nextService: 0, withChildren, couple: composition.adults === 2 };

  const family = SURNAMES[rng.int(0, SURNAMES.length - 1)]!;
  const parent = person(rng, withChildren && composition.adults === 1 ? 0.8 : 0.5, family);
  const partner = person(rng, parent.gender === '2' ? 0.1 : 0.9, rng.chance(0.6) ? family : SURNAMES[rng.int(0, SURNAMES.length - 1)]!);

  const clients: Client[] = [];
  let adultsSeen = 0;
  composition.members.forEach((member, i) => {
    const slot = plan.clientOffset[h]! + i;
    const clientNumber = i === 0 && anchor !== undefined ? anchor : generatedClientNumber(plan, slot);
    const adult = member.role === 'adult' ? [parent, partner][adultsSeen++]! : undefined;
    const spouse = composition.adults === 2 ? (adult === parent ? partner : parent) : undefined;
    clients.push(makeClient(context, member, demodamBsn(slot), clientNumber, adult, spouse, parent, family));
  });

  return { index: h, householdId: `H${String(100_001 + h)}`, current, pillars, address: addressOf(plan.seed, h), clients };
}

interface Person {
  gender: '1' | '2';
  name: PersonName;
}

function person(rng: Rng, femaleChance: number, [prefix, surname]: readonly [string, string]): Person {
  const gender = rng.chance(femaleChance) ? '2' : '1';
  const pool = gender === '2' ? FIRST_NAMES_FEMALE : FIRST_NAMES_MALE;
  const names = [rng.pick(pool), ...(rng.chance(0.25) ? [rng.pick(pool)] : [])];
  return { gender, name: { prefix, surname, firstNames: names.join(' '), initials: names.map((n) => n[0]).join('') } };
}

function makeClient(ctx: TrackContext, member: MemberPlan, bsn: string, clientNumber: string, adult: Person | undefined, spouse: Person | undefined, parent: Person, family: readonly [string, string]): Client {
  const { plan, rng } = ctx;
  const today = plan.today;
  const child = adult ? undefined : person(rng, 0.5, family);
  const me = adult ?? child!;

  // The stays first (a child's age follows from them), then the birth date.
  const stays = member.pillars.map((pillar) => ({ pillar, span: stayFor(ctx, pillar) }));
  let birthDate: Day;
  if (adult) {
    const age = member.pillars.includes('participatie') ? rng.int(22, 64)
      : ctx.withChildren && !member.pillars.includes('wmo') ? rng.int(25, 55)
      : member.pillars.includes('wmo') ? [rng.int(70, 95), rng.int(50, 69), rng.int(25, 49)][rng.weighted([0.6, 0.25, 0.15])]!
      : rng.int(20, 64);
    birthDate = today - Math.floor(age * YEAR) - rng.int(0, 364);
    if (adult === parent) ctx.parentBirth = birthDate;
  } else {
    const firstStart = Math.min(...stays.map((s) => s.span.from));
    const ageAtStart = member.pillars.includes('onderwijs') ? rng.int(4, 13) : rng.int(1, 14);
    birthDate = Math.min(firstStart - Math.floor(ageAtStart * YEAR) - rng.int(0, 364), today - 60);
  }

  const assignments: Assignment[] = [];
  const csvServices: CsvService[] = [];
  const partnerOfRecipient = adult !== undefined && adult !== parent;
  for (const { pillar, span } of stays) {
    for (const [product, track] of tracksFor(ctx, pillar, span, birthDate, partnerOfRecipient)) {
      if (isIstandaard(pillar)) assignments.push(...assignmentsOf(ctx, pillar, product, track));
      else csvServices.push(...csvServicesOf(ctx, pillar, product, track));
    }
  }

  const firstService = Math.min(today, ...assignments.map((a) => a.start), ...csvServices.map((s) => s.start));
  const eighteen = birthDate + Math.ceil(18 * YEAR);
  const inHouseholdSince = adult ? Math.min(firstService, Math.max(eighteen, firstService - rng.int(200, 5000))) : birthDate;
  const name: PersonName = { ...me.name };
  if (adult && spouse && me.gender === '2' && spouse.name.surname !== me.name.surname && rng.chance(0.3)) name.partner = { prefix: spouse.name.prefix, surname: spouse.name.surname };

  let relation: Relation | undefined;
  if (!adult) relation = relationOf(rng, '10', parent, ctx.parentBirth ?? birthDate - Math.floor(rng.int(22, 40) * YEAR));
  else if (member.pillars.includes('wmo') && rng.chance(0.15)) relation = relationOf(rng, rng.chance(0.8) ? '16' : '15', person(rng, 0.6, family), today - Math.floor(rng.int(30, 60) * YEAR));

  return {
    bsn,
    clientNumber,
    gender: me.gender,
    birthDate,
    name,
    inHouseholdSince,
    ...(relation ? { relation } : {}),
    ...(rng.chance(0.12) ? { comment: rng.pick(CLIENT_COMMENTS) } : {}),
    ...(adult && rng.chance(0.7) ? { phone: phone(rng) } : {}),
    ...(adult && rng.chance(0.4) ? { email: email(me.name) } : {}),
    pillars: member.pillars,
    assignments,
    csvServices,
  };
}

function relationOf(rng: Rng, kind: Relation['kind'], who: Person, birthDate: Day): Relation {
  return { kind, name: who.name, gender: who.gender, birthDate, phone: phone(rng), email: email(who.name) };
}

function phone(rng: Rng): string {
  return `06${String(rng.int(10_000_000, 99_999_999))}`;
}

function email(name: PersonName): string {
  const plain = (s: string) => (/^[A-Za-z ]*$/.test(s) ? s : s.normalize('NFD')).replace(/[^A-Za-z]/g, '').toLowerCase();
  return `${plain(name.firstNames.split(' ')[0]!)}.${plain(name.prefix + name.surname)}@mail.example`;
}

/** The stay of support in a pillar: including today for a household with support now, else ended in the window. */
function stayFor(ctx: TrackContext, pillar: Pillar): Span {
  const { plan, rng } = ctx;
  if (!ctx.current) return endedStay(pillar, plan.windowStart, plan.today - SETTLED_DAYS, rng);
  // The demo plans' households have had support for over a year and keep it a while: "realised" has data.
  return ctx.anchor ? currentStay(pillar, plan.today, rng, 420, 120) : currentStay(pillar, plan.today, rng);
}

const EXTRA_TRACKS: Record<Pillar, readonly number[]> = { wmo: [0.65, 0.28, 0.07], jeugd: [0.78, 0.2, 0.02], participatie: [0.7, 0.3], schuldhulp: [0.75, 0.25], onderwijs: [1] };

/** The care tracks of a stay: the main product over the whole stay, sometimes others for a part of it. */
function tracksFor(ctx: TrackContext, pillar: Pillar, span: Span, birthDate: Day, partner: boolean): [Product, Span][] {
  const { rng, plan } = ctx;
  const ageAt = (day: Day) => (day - birthDate) / YEAR;
  const fitting = (day: Day, exclude: Set<string>) => {
    const all = PRODUCTS_BY_PILLAR[pillar].filter((p) => !exclude.has(p.code));
    const fit = all.filter((p) => ageAt(day) >= p.ages[0] && ageAt(day) <= p.ages[1] + 1);
    return fit.length > 0 ? fit : all;
  };
  const choose = (day: Day, exclude: Set<string>) => {
    const options = fitting(day, exclude);
    return options[rng.weighted(options.map((p) => p.weight))]!;
  };
  const used = new Set<string>();
  let main: Product;
  if (pillar === 'participatie' && !partner && rng.chance(0.85)) main = PRODUCTS_BY_PILLAR.participatie.find((p) => p.code === (ctx.withChildren || ctx.couple ? 'LO02' : 'LO01'))!;
  else main = choose(span.from, pillar === 'participatie' ? new Set(['LO01', 'LO02']) : used);
  for (const p of PRODUCTS_BY_PILLAR[pillar]) if (p.category === main.category) used.add(p.code);
  const tracks: [Product, Span][] = [[main, span]];

  const extra = rng.weighted(EXTRA_TRACKS[pillar]);
  for (let k = 0; k < extra; k++) {
    const length = span.to - span.from;
    const from = span.from + Math.floor(rng.next() * length * 0.6);
    let to = Math.min(span.to, from + Math.max(60, Math.floor((span.to - from) * (0.3 + 0.7 * rng.next()))));
    // An extra track that ended did so long enough ago for its stop to have arrived.
    if (to < plan.today && to > plan.today - SETTLED_DAYS) to = plan.today - SETTLED_DAYS;
    if (to <= from) continue;
    // Another kind of care: not a second product of a category the client already has.
    const product = choose(from, used);
    if (used.has(product.code)) continue;
    for (const p of PRODUCTS_BY_PILLAR[pillar]) if (p.category === product.category) used.add(p.code);
    tracks.push([product, { from, to }]);
  }
  return tracks;
}


/**
 * A household's address: distinct per household (a bijection of the index onto postcode and house
 * number), in the fictional postcode area 9990–9999 of the example messages' 9999XX.
 */
export function addressOf(seed: number, h: number): Address {
  const numbers = 180;
  const postcodes = 10 * 26 * 26;
  const total = postcodes * numbers;
  const n = (h * 7919 + (seed % total)) % total;
  const postcodeIndex = Math.floor(n / numbers);
  const letters = Math.floor(postcodeIndex / 10);
  const postcode = `${9990 + (postcodeIndex % 10)}${String.fromCharCode(65 + Math.floor(letters / 26))}${String.fromCharCode(65 + (letters % 26))}`;
  const rng = rngFor(seed, 'address', h);
  return {
    postcode,
    houseNumber: (n % numbers) + 1,
    ...(rng.chance(0.08) ? { houseLetter: rng.pick(['A', 'B', 'C']) } : {}),
    ...(rng.chance(0.05) ? { addition: rng.pick(['bis', '1', '2', 'II']) } : {}),
    street: STREETS[(postcodeIndex * 31 + letters) % STREETS.length]!,
    place: PLACE,
  };
}

