/** Entry of the kiosk file: embedded documents first, then the app (in kiosk mode, see state/mode.ts). */
import './data/kiosk-files.ts';
import './main.ts';
