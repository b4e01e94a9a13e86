package io.storyline.summarize;

/**
 * Logistic regression fitted by Newton's method (iteratively reweighted least squares) with a small
 * ridge penalty, for the few features of {@link ConceptFeatures}. Targets may be fractions (the share
 * of human summaries that contain a concept): the log-likelihood of a fractional target is still
 * concave, so Newton's method converges to its one maximum. The ridge penalty leaves the first
 * coefficient (the intercept, whose feature is always 1) alone.
 */
public final class LogisticRegression {

    private LogisticRegression() {
    }

    /**
     * The coefficients maximising the penalised log-likelihood.
     *
     * @param x     one row of features per example, the first always 1
     * @param y     each example's target in [0, 1]
     * @param ridge the L2 penalty on every coefficient but the intercept
     */
    public static double[] fit(double[][] x, double[] y, double ridge) {
        double[] ones = new double[y.length];
        java.util.Arrays.fill(ones, 1);
        return fit(x, y, ones, ridge);
    }

    /**
     * As above, each example counting {@code weight} times in the likelihood (so a smaller data set
     * can be given as much say as a larger one).
     */
    public static double[] fit(double[][] x, double[] y, double[] weight, double ridge) {
        if (x.length == 0 || x.length != y.length || y.length != weight.length) {
            throw new IllegalArgumentException("need as many targets as examples, and at least one: "
                    + x.length + " examples, " + y.length + " targets");
        }
        int d = x[0].length;
        double[] w = new double[d];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int i = 0; i < x.length; i++) {
                double p = probability(w, x[i]);
                double r = weight[i] * (y[i] - p);
                double v = weight[i] * Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a < d; a++) {
                    gradient[a] += r * x[i][a];
                    for (int b = 0; b <= a; b++) {
                        hessian[a][b] += v * x[i][a] * x[i][b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < a; b++) {
                    hessian[b][a] = hessian[a][b];
                }
                if (a > 0) {
                    gradient[a] -= ridge * w[a];
                    hessian[a][a] += ridge;
                }
                hessian[a][a] += 1e-9;
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int a = 0; a < d; a++) {
                w[a] += step[a];
                largest = Math.max(largest, Math.abs(step[a]));
            }
            if (largest < 1e-8) {
                break;
            }
        }
        return w;
    }

    /** The logistic of the linear score {@code w · x}. */
    public static double probability(double[] w, double[] x) {
        double z = 0;
        for (int a = 0; a < w.length; a++) {
            z += w[a] * x[a];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Solves {@code m · s = g} by Gaussian elimination with partial pivoting (m is small). */
    static double[] solve(double[][] m, double[] g) {
        int d = g.length;
        double[][] a = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(m[i], 0, a[i], 0, d);
            a[i][d] = g[i];
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int row = col + 1; row < d; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[col][col]) < 1e-300) {
                throw new ArithmeticException("singular system in column " + col);
            }
            for (int row = col + 1; row < d; row++) {
                double f = a[row][col] / a[col][col];
                for (int k = col; k <= d; k++) {
                    a[row][k] -= f * a[col][k];
                }
            }
        }
        double[] s = new double[d];
        for (int row = d - 1; row >= 0; row--) {
            double v = a[row][d];
            for (int k = row + 1; k < d; k++) {
                v -= a[row][k] * s[k];
            }
            s[row] = v / a[row][row];
        }
        return s;
    }
}
