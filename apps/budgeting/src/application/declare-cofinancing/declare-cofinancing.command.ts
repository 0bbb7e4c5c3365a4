export interface DeclareCofinancingCommand {
  governmentCode: string;
  projectYear: number;
  declaredCents: number;
  source: string;
  declaredBy: string;
}
