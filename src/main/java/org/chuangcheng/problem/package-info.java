/**
 * Problems (问题) and their rectification loop 交办 → 整改 → 复查 → 销号 on working-day deadlines: the
 * timeline, the workspaces, the ledger. Every problem is raised through {@link
 * org.chuangcheng.problem.ProblemManagement}, whoever found it.
 */
package org.chuangcheng.problem;
