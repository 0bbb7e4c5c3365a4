export interface GetNetworkFiguresQuery {
  networkId: string;
}
