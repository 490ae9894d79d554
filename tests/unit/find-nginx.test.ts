import { describe, expect, test } from 'vitest';
import { findNginx, noNginxMessage } from '../helpers/nginx-server.ts';

describe('findNginx', () => {
  test('NGINX_PATH that is not an executable fails with one line naming the fix', () => {
    expect(() => findNginx({ NGINX_PATH: '/nonexistent/nginx' })).toThrow(
      `NGINX_PATH is /nonexistent/nginx, which is not executable. ${noNginxMessage}`,
    );
    expect(noNginxMessage).toBe(
      'No nginx found for the server test: install Debian’s nginx (apt-get install nginx; .ci/run does) or set NGINX_PATH to an nginx binary.',
    );
  });

  test('NGINX_PATH that is one is used', () => {
    expect(findNginx({ NGINX_PATH: process.execPath })).toBe(process.execPath);
  });
});
