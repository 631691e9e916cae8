/**
 * Rates (整改率, 按期整改率, 逾期, 退回率, 达标率) by unit, district, category, standard and month: the problem figures
 * read through the problem feature's {@link org.chuangcheng.problem.ProblemStatistics}, checkpoint compliance
 * computed here; DOMAIN.md "Formulas" is the contract.
 */
package org.chuangcheng.rates;
