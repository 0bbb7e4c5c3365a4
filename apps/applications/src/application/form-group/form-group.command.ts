export interface FormGroupCommand {
  projectYear: number;
  name: string;
  referenceRegion: string;
  leadCode: string;
  memberCodes: string[];
}
