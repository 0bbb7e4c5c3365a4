import { PayloadTooLargeException } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { XLSX_MEDIA_TYPE } from '../../infrastructure/report-template.workbook.js';
import { MAX_XLSX_BYTES } from '../../infrastructure/xlsx-archive.js';

/** The media types an upload may be sent as: the xlsx type, or the generic one some clients send for any file. */
export const XLSX_BODY_TYPES = [XLSX_MEDIA_TYPE, 'application/octet-stream'];

const rawXlsx = express.raw({ type: XLSX_BODY_TYPES, limit: MAX_XLSX_BYTES });

/** The body of an upload as a Buffer (the platform parses only JSON); over MAX_XLSX_BYTES is a 413 that says so. */
export const xlsxBody = (request: Request, response: Response, next: NextFunction): void => {
  rawXlsx(request, response, (error?: unknown) => {
    if (typeof error === 'object' && error !== null && (error as { type?: unknown }).type === 'entity.too.large')
      return next(new PayloadTooLargeException(`het bestand is groter dan ${MAX_XLSX_BYTES / 1024 / 1024} MB (${MAX_XLSX_BYTES} bytes)`));
    next(error);
  });
};
