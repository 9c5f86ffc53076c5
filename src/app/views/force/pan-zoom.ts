/**
 * Pan, zoom, pinch and node drag on the force view's canvas, with no framework: d3-drag (nodes)
 * before d3-zoom (background), so a node drag stops the pan. Modelled on xyflow's XYPanZoom: made
 * once per canvas, `update` when the nodes change, `destroy` when the view goes.
 */
import {
  drag,
  select,
  zoom,
  zoomIdentity,
  type D3DragEvent,
  type D3ZoomEvent,
  type ZoomBehavior,
} from 'd3';
import type { Camera } from '../../layout/force-picture.ts';
import type { Placed } from '../../layout/force.ts';

export interface PanZoomOptions {
  /** The canvas's size in CSS pixels (tracked by the view: d3 would read it, forcing a layout). */
  size: () => { width: number; height: number };
  /** The node under a screen point, to drag; undefined lets the background pan. */
  pick: (x: number, y: number, camera: Camera) => Placed | undefined;
  /** The camera moved; `byUser` when a person's gesture moved it. */
  onCamera: (camera: Camera, byUser: boolean) => void;
  /** A pan, zoom or drag began (true) or ended (false). */
  onGesture: (active: boolean) => void;
  /** A dragged node moved, or its drag ended. */
  onNodeMoved: () => void;
}

const REDUCE_MOTION =
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class PanZoom {
  private readonly el: HTMLCanvasElement;
  private readonly zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  private camera: Camera = { k: 1, x: 0, y: 0 };

  constructor(el: HTMLCanvasElement, o: PanZoomOptions) {
    this.el = el;
    this.zoom = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.03, 8])
      .extent(() => {
        const { width, height } = o.size();
        return [
          [0, 0],
          [width, height],
        ];
      })
      .on('start', () => o.onGesture(true))
      .on('end', () => o.onGesture(false))
      .on('zoom', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        this.camera = { k: e.transform.k, x: e.transform.x, y: e.transform.y };
        o.onCamera(this.camera, !!e.sourceEvent);
      });
    const nodeDrag = drag<HTMLCanvasElement, unknown, Placed>()
      // d3-drag starts no gesture for an undefined subject, so the background pan takes over.
      .subject(
        (e: D3DragEvent<HTMLCanvasElement, unknown, Placed>) =>
          o.pick(e.x, e.y, this.camera) as Placed,
      )
      .on('start', () => o.onGesture(true))
      .on('end', () => {
        o.onGesture(false);
        o.onNodeMoved();
      })
      .on('drag', (e: D3DragEvent<HTMLCanvasElement, unknown, Placed>) => {
        e.subject.x += e.dx / this.camera.k;
        e.subject.y += e.dy / this.camera.k;
        o.onNodeMoved();
      });
    select(el).call(nodeDrag).call(this.zoom);
  }

  /** Moves the camera to `c`, in a short transition unless `animate` is false or motion is reduced. */
  setCamera(c: Camera, animate = false): void {
    const sel = select(this.el);
    const to = zoomIdentity.translate(c.x, c.y).scale(c.k);
    if (animate && !REDUCE_MOTION) sel.transition().duration(350).call(this.zoom.transform, to);
    else sel.call(this.zoom.transform, to);
  }

  /** The camera now. */
  getCamera(): Camera {
    return this.camera;
  }

  /** Zooms about the canvas's centre by `f`. */
  scaleBy(f: number): void {
    select(this.el).call(this.zoom.scaleBy, f);
  }

  /** Takes the listeners off the canvas. */
  destroy(): void {
    select(this.el).interrupt().on('.zoom', null).on('.drag', null);
  }
}
