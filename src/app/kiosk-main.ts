/** Entry of the kiosk file: embedded documents first, then the app (in kiosk mode, see lib/mode.ts). */
import './kiosk-files.ts';
import './main.ts';
