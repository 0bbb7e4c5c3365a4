import { ApiProperty } from '@nestjs/swagger';

// Response shapes for the OpenAPI document; the handlers return plain objects of these shapes.

export class InboxItemResponse {
  @ApiProperty({ format: 'uuid', example: '1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8' }) id: string;
  @ApiProperty({ example: 'Plan Samenleven: A05 blijft achter op schema' }) subject: string;
  @ApiProperty({ example: 'Beste collega van Gent, ...' }) body: string;
  @ApiProperty({ format: 'date-time', example: '2023-04-10T09:30:00.800Z' }) createdAt: string;
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid', example: '1b2c3d4e-5f60-4a71-8b92-a3b4c5d6e7f8' }) id: string;
  @ApiProperty({ example: 'email', enum: ['email', 'inbox'] }) channel: string;
  @ApiProperty({ example: 'samenleven@gent.example' }) recipient: string;
  @ApiProperty({ example: 'Plan Samenleven: A05 blijft achter op schema' }) subject: string;
  @ApiProperty({ example: 'sent' }) status: string;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, example: '2023-04-10T09:30:01.020Z' }) sentAt: string | null;
}
