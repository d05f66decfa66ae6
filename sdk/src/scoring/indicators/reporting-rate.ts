import { rate, type IndicatorModule } from '../indicator.js';

/** The share of events of the period first reported within lagHours of occurring (FSJC-SCO-108). */
export const reportingRate: IndicatorModule = {
  kind: 'REPORTING_RATE',
  perReport(def) {
    const lag = (def.params?.lagHours ?? 24) * 3_600_000;
    return (lagMs) => (lagMs <= lag ? 1 : 0);
  },
  value: (_def, num, den) => rate(num, den),
};
