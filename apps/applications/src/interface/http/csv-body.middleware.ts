import { BadRequestException } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** A register import of all 302 governments with a few contacts each is about 60 kB; 1 MB leaves room and no more. */
export const MAX_CSV_BYTES = 1024 * 1024;

const rawCsv = express.raw({ type: 'text/csv', limit: MAX_CSV_BYTES });

/**
 * The body of a text/csv request as a string (the platform parses only JSON): over MAX_CSV_BYTES is a 413,
 * bytes that are not UTF-8 a 400. A byte order mark is dropped here, as the decoder does by default.
 */
export const csvBody = (request: Request, response: Response, next: NextFunction): void => {
  rawCsv(request, response, (error?: unknown) => {
    if (error !== undefined && error !== null) return next(error);
    if (Buffer.isBuffer(request.body)) {
      try {
        request.body = new TextDecoder('utf-8', { fatal: true }).decode(request.body);
      } catch {
        return next(new BadRequestException('the file must be UTF-8 text (save the CSV as UTF-8)'));
      }
    }
    next();
  });
};
