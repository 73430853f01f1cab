import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { actorOf, CurrentPrincipal } from '../auth/principal';
import type { Principal } from '../auth/principal';
import { CouncilService } from './council.service';
import { CreateCouncilDto, CreateMemberDto, ListCouncilsQueryDto, UpdateCouncilDto, UpdateMemberDto } from './dto/council.dto';

/** Expert councils; the public id is the slug (a rename keeps it). */
@ApiTags('Councils')
@ApiBearerAuth()
@Controller('councils')
export class CouncilController {
  constructor(private readonly councils: CouncilService) {}

  /** Councils with their members. */
  @Get()
  findAll(@Query() query: ListCouncilsQueryDto) {
    return this.councils.list(query);
  }

  /** One council with its members. */
  @Get(':id')
  findOne(@Param('id') slug: string) {
    return this.councils.getOne(slug);
  }

  /** Creates a council. */
  @Post()
  create(@Body() dto: CreateCouncilDto, @CurrentPrincipal() principal: Principal) {
    return this.councils.create(dto, actorOf(principal));
  }

  /** Changes a council's name, description, icon or colour. */
  @Patch(':id')
  update(@Param('id') slug: string, @Body() dto: UpdateCouncilDto, @CurrentPrincipal() principal: Principal) {
    return this.councils.update(slug, dto, actorOf(principal));
  }

  /** Enables a council again. */
  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  enable(@Param('id') slug: string, @CurrentPrincipal() principal: Principal) {
    return this.councils.setEnabled(slug, true, actorOf(principal));
  }

  /** Disables a council: no new debates. */
  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  disable(@Param('id') slug: string, @CurrentPrincipal() principal: Principal) {
    return this.councils.setEnabled(slug, false, actorOf(principal));
  }

  /** Soft delete: answers `{ success, id, deleted }`. */
  @Delete(':id')
  @HttpCode(HttpStatus.OK)
  remove(@Param('id') slug: string, @CurrentPrincipal() principal: Principal) {
    return this.councils.remove(slug, actorOf(principal));
  }

  /** Restores a soft-deleted council. */
  @Post(':id/restore')
  @HttpCode(HttpStatus.OK)
  restore(@Param('id') slug: string, @CurrentPrincipal() principal: Principal) {
    return this.councils.restore(slug, actorOf(principal));
  }

  /** Adds an expert member to a council. */
  @Post(':id/members')
  addMember(@Param('id') slug: string, @Body() dto: CreateMemberDto, @CurrentPrincipal() principal: Principal) {
    return this.councils.addMember(slug, dto, actorOf(principal));
  }

  /** Changes a council member. */
  @Patch(':id/members/:member_id')
  updateMember(
    @Param('id') slug: string,
    @Param('member_id', ParseIntPipe) memberId: number,
    @Body() dto: UpdateMemberDto,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.councils.updateMember(slug, memberId, dto, actorOf(principal));
  }

  /** Removes a member from a council. */
  @Delete(':id/members/:member_id')
  @HttpCode(HttpStatus.OK)
  removeMember(@Param('id') slug: string, @Param('member_id', ParseIntPipe) memberId: number, @CurrentPrincipal() principal: Principal) {
    return this.councils.removeMember(slug, memberId, actorOf(principal));
  }
}
