import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentService } from './department.service';
import { Department } from './entities/department.entity';

/** Departments alone (agents belong to one; CompanyModule composes the two). */
@Module({
  imports: [TypeOrmModule.forFeature([Department])],
  providers: [DepartmentService],
  exports: [DepartmentService],
})
export class DepartmentModule {}
