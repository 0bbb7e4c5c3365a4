import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { CurrentPrincipal, Roles, type Principal } from '#auth';
import { ApiProblem } from '#platform';
import { AssignMentorHandler, type MentorAssignmentView } from '../../application/assign-mentor/assign-mentor.handler.js';
import { ListMentorsHandler } from '../../application/assign-mentor/list-mentors.handler.js';
import { NetworkAccessGuard } from './network-access.js';

export class AssignMentorDto {
  @ApiPropertyOptional({ example: 'An Peeters', description: "the mentor user's name, for ABB's overview" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

export class MentorAssignmentResponse {
  @ApiProperty({ example: 'network-12025-A22-PJ1' }) networkId: string;
  @ApiProperty({ example: 'mentor-mechelen-1', description: "the user's subject at the IdP" }) subject: string;
  @ApiProperty({ nullable: true, type: String, example: 'An Peeters' }) name: string | null;
  @ApiProperty({ format: 'date-time', example: '2023-01-17T09:00:00.000Z' }) assignedAt: string;
}

const NETWORK_PARAM = { name: 'networkId', example: 'network-12025-A22-PJ1' };
const SUBJECT_PARAM = { name: 'subject', example: 'mentor-mechelen-1' };

@ApiTags('learning networks')
@ApiBearerAuth()
@Controller('networks/:networkId/mentors')
export class MentorsController {
  constructor(
    private readonly access: NetworkAccessGuard,
    private readonly assignMentor: AssignMentorHandler,
    private readonly listMentors: ListMentorsHandler,
  ) {}

  @Get()
  @Roles('abb', 'mentor')
  @ApiOperation({ summary: "The mentor users ABB assigned to the network (each one's token lists it)" })
  @ApiParam(NETWORK_PARAM)
  @ApiOkResponse({ type: [MentorAssignmentResponse] })
  @ApiProblem(403, 'a mentor of another network')
  @ApiProblem(404, 'no learning network of that id')
  async mentors(@Param('networkId') networkId: string, @CurrentPrincipal() principal: Principal): Promise<MentorAssignmentView[]> {
    await this.access.toManage(principal, networkId);
    return this.listMentors.execute({ networkId });
  }

  @Put(':subject')
  @Roles('abb')
  @ApiOperation({ summary: 'ABB assigns a mentor user to the network; the IdP then lists the network in its token (SamenlevenMentor)' })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SUBJECT_PARAM)
  @ApiOkResponse({ type: MentorAssignmentResponse })
  @ApiProblem(400, 'a subject with other characters than letters, digits and . _ @ : -')
  @ApiProblem(404, 'no learning network of that id')
  async assign(
    @Param('networkId') networkId: string,
    @Param('subject') subject: string,
    @Body() body: AssignMentorDto,
  ): Promise<MentorAssignmentView | null> {
    return this.assignMentor.execute({ networkId, subject, name: body.name ?? null, assigned: true });
  }

  @Delete(':subject')
  @HttpCode(204)
  @Roles('abb')
  @ApiOperation({ summary: "ABB ends a mentor user's assignment to the network" })
  @ApiParam(NETWORK_PARAM)
  @ApiParam(SUBJECT_PARAM)
  @ApiNoContentResponse({ description: 'the assignment ended' })
  @ApiProblem(400, 'a malformed subject')
  @ApiProblem(404, 'no learning network of that id, or the user is not assigned to it')
  async unassign(@Param('networkId') networkId: string, @Param('subject') subject: string): Promise<void> {
    await this.assignMentor.execute({ networkId, subject, assigned: false });
  }
}
