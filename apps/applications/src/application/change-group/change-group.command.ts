export interface ChangeGroupCommand {
  projectYear: number;
  groupCode: string;
  name?: string;
  referenceRegion?: string;
  leadCode?: string;
  memberCodes?: string[];
}
