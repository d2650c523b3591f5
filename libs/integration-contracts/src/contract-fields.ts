/** Codes and ids only: a short lowercase slug can carry no sentence, so no free text slips through. */
export const CODE = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** An identifier (uuid or slug): no spaces, so no sentence either. */
export const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
