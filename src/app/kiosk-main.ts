/** Entry of the kiosk file: the app, reading the map and documents the file embeds (see state/mode.ts). */
import { kioskFetch } from './data/kiosk-files.ts';
import { boot } from './boot.ts';

boot(kioskFetch);
