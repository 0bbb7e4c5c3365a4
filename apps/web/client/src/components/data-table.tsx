import type { ReactNode } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';

export interface TableColumn<T> {
  id: string;
  title: string;
  /** Figures are right-aligned, so digits line up. */
  numeric?: boolean;
  render(row: T): ReactNode;
}

export interface DataTableProps<T> {
  label: string;
  columns: TableColumn<T>[];
  rows: T[];
  rowKey(row: T): string;
  empty: string;
}

/** A table with a header row screen readers announce per cell; react-aria gives it arrow-key navigation. */
export const DataTable = <T,>({ label, columns, rows, rowKey, empty }: DataTableProps<T>) => (
  <div className="vl-table-wrapper">
    <Table aria-label={label} className="vl-table">
      <TableHeader>
        {columns.map((column, index) => (
          <Column key={column.id} id={column.id} isRowHeader={index === 0} className={column.numeric ? 'vl-table__numeric' : undefined}>
            {column.title}
          </Column>
        ))}
      </TableHeader>
      <TableBody renderEmptyState={() => <p className="vl-table__empty">{empty}</p>}>
        {rows.map((row) => (
          <Row key={rowKey(row)} id={rowKey(row)}>
            {columns.map((column) => (
              <Cell key={column.id} className={column.numeric ? 'vl-table__numeric' : undefined}>
                {column.render(row)}
              </Cell>
            ))}
          </Row>
        ))}
      </TableBody>
    </Table>
  </div>
);
