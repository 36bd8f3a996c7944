"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REPRESENTATIVE_CAPACITY_LABELS = exports.REPRESENTATIVE_CAPACITIES = void 0;
exports.isRepresentativeCapacity = isRepresentativeCapacity;
/**
 * who may register a Part's beställare — the Part's authorised representative. One
 * definition of the capacities, shared by the database (PartRepresentative.capacity), the API and
 * the UI.
 */
exports.REPRESENTATIVE_CAPACITIES = ['FIRMATECKNARE', 'BEHORIG_FORETRADARE', 'FORBUND_CHAIR'];
exports.REPRESENTATIVE_CAPACITY_LABELS = {
    FIRMATECKNARE: 'Firmatecknare',
    BEHORIG_FORETRADARE: 'Behörig företrädare',
    FORBUND_CHAIR: 'Styrelsens ordförande',
};
function isRepresentativeCapacity(value) {
    return typeof value === 'string' && exports.REPRESENTATIVE_CAPACITIES.includes(value);
}
//# sourceMappingURL=representative.js.map