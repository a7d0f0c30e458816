/** How the plan writes a moment without a measurement: "niet gemeten". */
export const NOT_MEASURED = 'n.m.';
