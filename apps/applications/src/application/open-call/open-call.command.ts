export interface OpenCallCommand {
  projectYear: number;
  title: string;
  opensAt: Date;
  closesAt: Date;
}
