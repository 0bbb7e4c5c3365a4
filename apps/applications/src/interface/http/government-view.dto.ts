import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROVINCES } from '#contracts';

/** OpenAPI shapes of the register's answers. */
export class ContactView {
  @ApiProperty({ example: 'Dienst Samenleven Gent' }) name: string;
  @ApiProperty({ example: 'samenleven@gent.example' }) email: string;
  @ApiProperty({ type: String, nullable: true, example: '+32 9 210 10 10' }) phone: string | null;
  @ApiProperty({ example: 'primary' }) role: string;
}

export class GovernmentViewDto {
  @ApiProperty({ example: '44021', description: '5-digit NIS code, VGC or DE-RAND' }) code: string;
  @ApiProperty({ enum: ['municipality', 'vgc', 'de-rand'], example: 'municipality' }) kind: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'null where no public source gave it' })
  kboNumber: string | null;
  @ApiProperty({ example: 'Gent' }) name: string;
  @ApiProperty({ enum: PROVINCES, example: 'Oost-Vlaanderen' }) province: string;
  @ApiProperty({ type: String, nullable: true, example: 'Gent' }) arrondissement: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 263927 }) inhabitants: number | null;
  @ApiProperty({ type: Number, nullable: true, example: null, description: 'null when unknown' }) nonEuOriginInhabitants: number | null;
  @ApiPropertyOptional({
    type: [ContactView],
    description: 'only for ABB and for an officer of this government; left out otherwise',
  })
  contacts?: ContactView[];
}

export class ImportResultDto {
  @ApiProperty({ example: 2, description: 'governments new to the register' }) created: number;
  @ApiProperty({ example: 3, description: 'governments of which a field changed' }) updated: number;
  @ApiProperty({ example: 0, description: 'governments in the file that the register already held exactly so' }) unchanged: number;
}
