import { nginxHeaderDirectives } from '../config/nginx-headers.ts';

console.log(nginxHeaderDirectives());
