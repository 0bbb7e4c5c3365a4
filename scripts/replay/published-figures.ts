import published from '../../libs/catalogue/data/published-results.json' with { type: 'json' };

/**
 * What the government published about Plan Samenleven (libs/catalogue/data/published-results.json, with its sources), as
 * the list of figures a replay must reproduce: one key per figure, read back from the platform under the same key.
 */
export interface PublishedResults {
  programme: { projectYear: number; budgetAwardedEur?: number }[];
  perAction: { projectYear: number; actions: number[]; budgetEur: number; localGovernments: number; planned: number; realised: number }[];
  perActionGroupYear1: { label: string; actions: number[]; planned?: number; realised: number }[];
  cities: {
    name: string;
    nis: string;
    projectYear: number;
    actions: number;
    subsidyEur: number;
    cofinancingEur?: number;
    mentorships: { action: number; mentees?: number }[];
    realised?: Record<string, number>;
  }[];
}

export const PUBLISHED_RESULTS = published as PublishedResults;

/** The parts of the published figures a replay can reproduce; the end-to-end test takes a subset. */
export const FIGURE_PARTS = ['programme', 'action2', 'action5', 'actionGroups', 'mechelen', 'oostende'] as const;
export type FigurePart = (typeof FIGURE_PARTS)[number];

export interface PublishedFigure {
  key: string;
  label: string;
  part: FigurePart;
  value: number;
}

export const actionGroupKey = (actions: readonly number[]): string => actions.join('+');

/** Every published figure of a project year within the parts asked for, in the order the table prints them. */
export const publishedFigures = (
  projectYear: number,
  parts: readonly FigurePart[] = FIGURE_PARTS,
  results: PublishedResults = PUBLISHED_RESULTS,
): PublishedFigure[] => {
  const figures: PublishedFigure[] = [];
  const add = (part: FigurePart, key: string, label: string, value: number | undefined): void => {
    if (parts.includes(part) && value !== undefined) figures.push({ key, label, part, value });
  };
  for (const programme of results.programme.filter((entry) => entry.projectYear === projectYear))
    add('programme', 'programme.awardedEur', 'programme: budget awarded (EUR)', programme.budgetAwardedEur);
  for (const action of results.perAction.filter((entry) => entry.projectYear === projectYear)) {
    const key = `action ${actionGroupKey(action.actions)}`;
    const part = `action${actionGroupKey(action.actions)}` as FigurePart;
    add(part, `${key}.budgetEur`, `${key}: budget (EUR)`, action.budgetEur);
    add(part, `${key}.localGovernments`, `${key}: local governments`, action.localGovernments);
    add(part, `${key}.planned`, `${key}: planned`, action.planned);
    add(part, `${key}.realised`, `${key}: realised`, action.realised);
  }
  if (projectYear === 1)
    for (const group of results.perActionGroupYear1) {
      const key = `actions ${actionGroupKey(group.actions)}`;
      add('actionGroups', `${key}.planned`, `${key}: planned`, group.planned);
      add('actionGroups', `${key}.realised`, `${key}: realised`, group.realised);
    }
  for (const city of results.cities.filter((entry) => entry.projectYear === projectYear)) {
    const key = city.name;
    const part = city.name.toLowerCase() as FigurePart;
    add(part, `${key}.actions`, `${key}: actions`, city.actions);
    add(part, `${key}.subsidyEur`, `${key}: subsidy for actions (EUR)`, city.subsidyEur);
    add(part, `${key}.cofinancingEur`, `${key}: co-financing declared (EUR)`, city.cofinancingEur);
    add(part, `${key}.mentorships`, `${key}: mentorships`, city.mentorships.length);
    for (const mentorship of city.mentorships) {
      add(part, `${key}.mentorship ${mentorship.action}`, `${key}: mentorship on action ${mentorship.action}`, 1);
      add(part, `${key}.mentees ${mentorship.action}`, `${key}: mentees on action ${mentorship.action}`, mentorship.mentees);
    }
    for (const [code, value] of Object.entries(city.realised ?? {}))
      add(part, `${key}.realised ${code}`, `${key}: realised ${code}`, value);
  }
  return figures;
};
