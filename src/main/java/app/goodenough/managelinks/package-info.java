@NullMarked
package app.goodenough.managelinks;

import org.jspecify.annotations.NullMarked;
