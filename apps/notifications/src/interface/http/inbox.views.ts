import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, NOTICE_KINDS } from '../../domain/notice-kinds.js';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid', example: '1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8' }) id: string;
  @ApiProperty({ enum: NOTICE_KINDS, example: 'lagging' }) kind: string;
  @ApiProperty({ example: 'Plan Samenleven: A05 blijft achter op schema' }) subject: string;
  @ApiProperty({ example: 'Beste collega van Stad Gent, ...' }) body: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-03T09:30:00.800Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: null, description: 'null while unread' }) readAt:
    string | null;
}

export class UnreadCountResponse {
  @ApiProperty({ example: 2 }) unread: number;
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid', example: '1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: '44021', description: "null for ABB's daily digest" }) governmentCode:
    string | null;
  @ApiProperty({ enum: NOTICE_KINDS, example: 'lagging' }) kind: string;
  @ApiProperty({ enum: CHANNELS, example: 'email' }) channel: string;
  @ApiProperty({ example: 'samenleven@gent.example' }) recipient: string;
  @ApiProperty({ example: 'Plan Samenleven: A05 blijft achter op schema' }) subject: string;
  @ApiProperty({ enum: ['queued', 'sending', 'sent', 'failed'], example: 'sent' }) status: string;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({
    nullable: true,
    type: String,
    example: null,
    description: 'why the last try failed; null before any failure and once sent',
  })
  failureReason: string | null;
  @ApiProperty({ format: 'date-time', example: '2026-12-03T09:30:00.800Z' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2026-12-03T09:30:01.020Z' }) sentAt: string | null;
  @ApiProperty({ format: 'uuid', example: '9b2f6c1e-3f57-4e0e-9a5c-4f1c3b9d2a11', description: 'the event that caused the message' })
  causeEventId: string;
}
