import type { z } from 'zod';
import type { GripPillar, gripReportQuery, SignalType } from '../grip.contract.js';

/**
 * The fixed Dutch texts of the griprapportage: the moments of the P&C cycle, the pillars, the
 * signal types and the method note. Kept apart from the builder so the wording can be read (and
 * changed) in one place.
 */

export type GripReportMoment = NonNullable<z.infer<typeof gripReportQuery>['moment']>;

export const PILLAR_LABELS: Record<GripPillar, string> = {
  wmo: 'Wmo',
  jeugd: 'Jeugd',
  participatie: 'Participatie',
  schuldhulp: 'Schuldhulp',
  onderwijs: 'Onderwijs',
};

export const SIGNAL_LABELS: Record<SignalType, string> = {
  'no-start': 'Geen startbericht binnen 30 dagen na toewijzing',
  'declared-above-assigned': 'Meer gedeclareerd dan toegewezen',
  'declared-without-assignment': 'Declaratie zonder toewijzing',
  'declared-outside-period': 'Declaratie buiten de toegewezen periode',
  'open-ended': 'Toewijzing zonder einddatum',
  'missing-tariff': 'Geen tarief bekend',
  'import-failed': 'Import mislukt',
};

interface MomentText {
  label: string;
  intro: (year: number, date: string) => string;
}

/** What the report is for at each moment of the planning and control cycle. */
export const MOMENTS: Record<GripReportMoment, MomentText> = {
  begroting: {
    label: 'Begroting',
    intro: (year, date) =>
      `Deze rapportage hoort bij de begroting. Zij laat zien hoe de uitgaven in het sociaal domein zich in ${year} ontwikkelen tot en met ${date}, en wat we tot het einde van dat jaar verwachten: de basis onder de ramingen voor het volgende begrotingsjaar. De drie scenario's geven de bandbreedte waarmee de raad kan rekenen.`,
  },
  voorjaarsnota: {
    label: 'Voorjaarsnota',
    intro: (year, date) =>
      `Deze rapportage hoort bij de voorjaarsnota: de eerste bijstelling van de begroting ${year}, op basis van de cijfers tot en met ${date}. Vroeg in het jaar is nog weinig gedeclareerd; de prognose steunt dan vooral op de toegewezen zorg (verplichtingen), de verwachte nakomende declaraties en de instroomtrend.`,
  },
  najaarsrapportage: {
    label: 'Najaarsrapportage',
    intro: (year, date) =>
      `Deze rapportage hoort bij de najaarsrapportage: de laatste bijstelling van de begroting ${year} vóór de jaarrekening, op basis van de cijfers tot en met ${date}. Het grootste deel van het jaar is gedeclareerd of vastgelegd in toewijzingen; wat resteert is geschat.`,
  },
  jaarrekening: {
    label: 'Jaarrekening',
    intro: (year) =>
      `Deze rapportage hoort bij de jaarrekening ${year}: zij verantwoordt wat in ${year} in het sociaal domein is uitgegeven, tegen de begroting. Declaraties over ${year} kunnen nog nakomen; die zijn geschat en staan apart.`,
  },
};

export const INTRO_SOURCES =
  'Alle bedragen komen uit de eigen gegevens van de gemeente: toewijzingen, start- en stopberichten en declaraties uit het berichtenverkeer iWmo en iJw, en de exports van de eigen systemen. Doorbraak verwerkt ze dagelijks. De rapportage bevat alleen totalen: geen cliëntgegevens, toewijzingsnummers of casusinhoud.';

export const SCENARIO_LABELS = {
  positive: { label: 'Positief', explanation: 'Lagere groei van wat nog niet gerealiseerd is, volgens de groeiaannames per pijler.' },
  neutral: { label: 'Neutraal', explanation: 'De prognose: gerealiseerd + nakomend + verplichtingen + instroom.' },
  negative: { label: 'Negatief', explanation: 'Hogere groei van wat nog niet gerealiseerd is, volgens de groeiaannames per pijler.' },
} as const;

/** The method note: how each figure is made (the full method and its back-test are in docs/grip.md). */
export const METHOD_NOTE = [
  'Gerealiseerd: de gedeclareerde bedragen (iWmo- en iJw-declaraties, debet min credit) en de realisaties uit de eigen systemen, voor zorgperioden tot en met de peildatum in het jaar.',
  'Verplichtingen: de kosten van alle toegewezen voorzieningen van de dag na de peildatum tot en met 31 december, ook van voorzieningen die later beginnen, met één kostenformule (prijs × volume × dagen, naar de frequentie van de toewijzing). Toewijzingen zonder einddatum tellen tot 31 december; ze staan ook bij de signalen.',
  'Nakomende declaraties: aanbieders declareren vaak weken tot maanden na de zorgperiode, dus over de laatste maanden is nooit alles binnen. Uit de historie per pijler volgt per zorgmaand wat na één, twee, drie … maanden binnen was (een vertragingsdriehoek); de chain-ladder-methode geeft daaruit welk deel van het uiteindelijke bedrag na zoveel maanden binnen is. Wat nog komt is, naar Bornhuetter-Ferguson, het verwachte bedrag van de maand (de kosten van de toegewezen zorg, maal de verhouding tussen gedeclareerd en toegewezen in het verleden) maal het deel dat nog niet binnen is. Zo blijft de schatting ook redelijk voor de laatste maand, waarover nog bijna niets is gedeclareerd. De methode en de terugtoets op de gegevens staan in de documentatie van Doorbraak (docs/grip.md).',
  'Nieuwe instroom: de verwachte kosten van voorzieningen die nog niet zijn toegewezen: er starten tot 31 december evenveel nieuwe voorzieningen als in de afgelopen 365 dagen, elk met de jaarkosten van een recente start; wat al is toegewezen om later te starten, zit in de verplichtingen.',
  "Scenario's: het neutrale scenario is de prognose. Het positieve en het negatieve scenario passen de groeiaannames per pijler toe op wat nog niet gerealiseerd is (nakomend, verplichtingen en instroom). De afwijking is prognose min begroting: een positief bedrag is een overschrijding.",
  'Volume × prijs: het verschil in kosten tussen dezelfde perioden van dit en vorig jaar is gesplitst in een volume-effect (meer of minder cliënten, tegen de kosten per cliënt van vorig jaar), een prijseffect (duurder of goedkoper per cliënt binnen dezelfde productcategorie) en een mixeffect (verschuiving tussen productcategorieën, meer producten per cliënt: complexer). De drie tellen tot op de cent op tot het verschil.',
  'Bedragen zijn in hele centen berekend en opgeteld. Aantallen cliënten van 1 tot en met 4 staan er als "< 5", zodat niemand herkenbaar wordt.',
];
