/**
 * Rates (整改率, 按期整改率, 逾期, 退回率, 达标率) computed in SQL straight from the inspection schema, by unit,
 * district, category, standard and month; DOMAIN.md "Formulas" is the contract.
 */
package org.chuangcheng.rates;
