import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ description: 'A founder or viewer API token', minLength: 16, maxLength: 512 })
  @IsString()
  @Length(16, 512)
  token: string;
}

export class BrowserSessionResponse {
  @ApiProperty({ enum: ['founder', 'viewer'] })
  role: 'founder' | 'viewer';

  @ApiProperty({ description: 'Also set as the daena_csrf cookie; send it back as X-CSRF-Token on writes' })
  csrf_token: string;
}

export class LogoutResponse {
  @ApiProperty()
  success: boolean;
}
