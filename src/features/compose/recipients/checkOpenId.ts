// Moved to src/mind/checkOpenId.ts; OnePersonField still imports it from here (to be switched
// once the form-kit work on that file is merged, then this file goes).
export { checkOpenId } from '../../../mind/checkOpenId';
