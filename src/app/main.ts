/** Entry point of the web build (index.html): starts the app (boot.ts). */
import { boot } from './boot.ts';

boot();
