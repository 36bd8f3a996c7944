"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatFormErrors = exports.FORM_9480_FIELDS = exports.ZOrder9480 = void 0;
var blankett_9480_1 = require("./blankett-9480");
Object.defineProperty(exports, "ZOrder9480", { enumerable: true, get: function () { return blankett_9480_1.ZOrder9480; } });
Object.defineProperty(exports, "FORM_9480_FIELDS", { enumerable: true, get: function () { return blankett_9480_1.FORM_9480_FIELDS; } });
Object.defineProperty(exports, "formatFormErrors", { enumerable: true, get: function () { return blankett_9480_1.formatFormErrors; } });
//# sourceMappingURL=index.js.map