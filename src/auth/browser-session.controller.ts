import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/decorators/auth.decorators';
import { AuthService } from './auth.service';
import { cookieHeader, CSRF_COOKIE, newCsrfToken, parseCookies, SESSION_COOKIE, SESSION_MAX_AGE_S } from './browser-session';
import { BrowserSessionResponse, LoginDto, LogoutResponse } from './dto/login.dto';
import { CurrentPrincipal } from './principal';
import type { Principal } from './principal';

/** The dashboard's login: a pasted token becomes an HttpOnly session cookie plus a CSRF cookie. */
@ApiTags('Auth')
@Controller('auth/session')
export class BrowserSessionController {
  constructor(private readonly auth: AuthService) {}

  /** Exchanges a pasted token for an HttpOnly session cookie and a CSRF token (the dashboard's login). */
  @Post()
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: BrowserSessionResponse })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<BrowserSessionResponse> {
    const principal = await this.auth.authenticate(dto.token);
    if (!principal) throw new UnauthorizedException('This token is not valid');
    const csrf = newCsrfToken();
    setCookies(res, req.secure, [
      [SESSION_COOKIE, dto.token, true],
      [CSRF_COOKIE, csrf, false],
    ]);
    return { role: principal.role, csrf_token: csrf };
  }

  /** Who the cookie (or bearer) is; re-issues the CSRF cookie when it went missing. */
  @Get()
  @ApiOkResponse({ type: BrowserSessionResponse })
  current(@CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response): BrowserSessionResponse {
    let csrf = parseCookies(req.headers.cookie)[CSRF_COOKIE];
    if (!csrf) {
      csrf = newCsrfToken();
      setCookies(res, req.secure, [[CSRF_COOKIE, csrf, false]]);
    }
    return { role: principal.role, csrf_token: csrf };
  }

  /** Clears the session cookies (logout). */
  @Delete()
  @Public()
  @ApiOkResponse({ type: LogoutResponse })
  logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): LogoutResponse {
    setCookies(res, req.secure, [
      [SESSION_COOKIE, '', true],
      [CSRF_COOKIE, '', false],
    ], 0);
    return { success: true };
  }
}

function setCookies(res: Response, secure: boolean, cookies: Array<[string, string, boolean]>, maxAgeS = SESSION_MAX_AGE_S): void {
  res.setHeader(
    'Set-Cookie',
    cookies.map(([name, value, httpOnly]) => cookieHeader(name, value, { httpOnly, secure, maxAgeS })),
  );
}
